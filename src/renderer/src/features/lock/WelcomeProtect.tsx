import { Button, Group, Paper, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock, IconShieldLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNotebookStatus } from '../../api/notebook-lock'
import { ProtectDialog } from './ProtectDialog'

/**
 * The first run's offer to protect the notebook, first among the welcome's starts: the passphrase
 * is the recommended choice; hiding the welcome is saying "not now" (Settings keeps the offer).
 * An offer, not an alert: a plain section, so screen readers do not announce it as an error.
 */
export function WelcomeProtect() {
  const { t } = useTranslation()
  const status = useNotebookStatus()
  const [open, setOpen] = useState(false)
  if (status.data?.protected !== false) return null
  return (
    <Paper
      component="section"
      aria-labelledby="welcome-protect-title"
      radius="md"
      p="md"
      bg="indigo.0"
      data-testid="welcome-protect"
    >
      <Group gap="sm" wrap="nowrap" align="start">
        <ThemeIcon variant="light" radius="xl" size="lg" aria-hidden>
          <IconShieldLock size={20} />
        </ThemeIcon>
        <div>
          <Title order={3} size="h4" id="welcome-protect-title">
            {t('protect.welcome.title')}
          </Title>
          <Text size="sm" mt={4}>
            {t('protect.welcome.body')}
          </Text>
          <Group mt="sm" gap="md">
            <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setOpen(true)}>
              {t('protect.welcome.action')}
            </Button>
            <Text size="sm">{t('protect.welcome.later')}</Text>
          </Group>
        </div>
      </Group>
      {open && <ProtectDialog onClose={() => setOpen(false)} />}
    </Paper>
  )
}
