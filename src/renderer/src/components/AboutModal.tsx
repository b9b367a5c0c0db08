import { keys } from '../api/keys'
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core'
import { IconDoorEnter } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { call } from '../api/client'
import { useSetWelcomeDismissed } from '../api/settings'
import { ErrorAlert } from './ErrorAlert'
import { AppModal } from './AppModal'
import { focusWelcomeWhenShown } from './Welcome'

export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const info = useQuery({ queryKey: keys.appInfo, queryFn: () => call('app:info'), enabled: opened })
  const [, navigate] = useLocation()
  const showWelcome = useSetWelcomeDismissed()
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
              {t('common.labelColon', { label: t('about.mode.label') })} {t(`about.mode.${info.data.mode}`)}
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
              {t('welcome.aboutTitle')}
            </Title>
            <Text size="sm" mb="xs">
              {t('welcome.aboutBody')}
            </Text>
            <Button
              variant="light"
              leftSection={<IconDoorEnter size={16} aria-hidden />}
              loading={showWelcome.isPending}
              data-testid="show-welcome"
              onClick={() =>
                showWelcome.mutate(false, {
                  onSuccess: () => {
                    // The welcome lives above the Library; focus moves to it once it is there.
                    focusWelcomeWhenShown()
                    navigate('/library')
                    onClose()
                  }
                })
              }
            >
              {t('welcome.show')}
            </Button>
            {showWelcome.error && <ErrorAlert error={showWelcome.error} />}
          </div>
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
