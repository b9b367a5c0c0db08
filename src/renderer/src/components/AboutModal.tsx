import { keys } from '../api/keys'
import { Code, Group, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../api/client'
import { ErrorAlert } from './ErrorAlert'
import { AppModal } from './AppModal'

export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const info = useQuery({ queryKey: keys.appInfo, queryFn: () => call('app:info'), enabled: opened })
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('about.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('about.close') }}
    >
      {info.error ? (
        <ErrorAlert error={info.error} />
      ) : (
        <Stack gap="md" data-testid="about-panel">
          <Group gap="xs">
            <Text fw={600}>{t('app.name')}</Text>
            {info.data && (
              <Text size="sm" c="dimmed">
                {t('about.version', { version: info.data.version })}
              </Text>
            )}
          </Group>
          {info.data && (
            <Text size="sm">
              {t('about.mode.label')}: {t(`about.mode.${info.data.mode}`)}
            </Text>
          )}
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('about.dataFolder')}
            </Title>
            <Code block data-testid="data-folder">
              {info.data?.dataDir ?? '…'}
            </Code>
          </div>
          <Text size="sm">{t('about.privacy')}</Text>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('about.attributionTitle')}
            </Title>
            <Text size="sm">{t('about.attribution')}</Text>
          </div>
        </Stack>
      )}
    </AppModal>
  )
}
