import { Alert, Button, Group, Text } from '@mantine/core'
import { IconLock, IconShieldLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNotebookStatus } from '../../api/notebook-lock'
import { ProtectDialog } from './ProtectDialog'

/**
 * The first run's offer to protect the notebook, first among the welcome's starts: the passphrase
 * is the recommended choice; hiding the welcome is saying "not now" (Settings keeps the offer).
 */
export function WelcomeProtect() {
  const { t } = useTranslation()
  const status = useNotebookStatus()
  const [open, setOpen] = useState(false)
  if (status.data?.protected !== false) return null
  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<IconShieldLock aria-hidden />}
      title={t('protect.welcome.title')}
      data-testid="welcome-protect"
    >
      <Text size="sm">{t('protect.welcome.body')}</Text>
      <Group mt="sm" gap="md">
        <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setOpen(true)}>
          {t('protect.welcome.action')}
        </Button>
        <Text size="sm">{t('protect.welcome.later')}</Text>
      </Group>
      {open && <ProtectDialog onClose={() => setOpen(false)} />}
    </Alert>
  )
}
