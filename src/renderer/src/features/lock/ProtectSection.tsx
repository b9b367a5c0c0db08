import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { IconLock, IconShieldLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IDLE_LOCK_MINUTES_CHOICES, IDLE_LOCK_MINUTES_DEFAULT } from '../../../../shared/protection/rules'
import { requestLock } from '../../api/lock-state'
import { useNotebookStatus, useSetIdleLock } from '../../api/notebook-lock'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ChangePassphraseDialog } from './ChangePassphraseDialog'
import { ProtectDialog } from './ProtectDialog'

/** Settings → "Protect this notebook": turn protection on; once on, the passphrase and the idle time. */
export function ProtectSection() {
  const { t } = useTranslation()
  const status = useNotebookStatus()
  const idle = useSetIdleLock()
  const [dialog, setDialog] = useState<'protect' | 'change' | null>(null)
  const [changed, setChanged] = useState(false)
  const isProtected = status.data?.protected ?? false
  const minutes = status.data?.idleLockMinutes ?? IDLE_LOCK_MINUTES_DEFAULT

  return (
    <Paper
      withBorder
      p="lg"
      radius="lg"
      component="section"
      aria-labelledby="protect-title"
      data-testid="protect-section"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconShieldLock size={22} aria-hidden />
          <Title order={3} size="h4" id="protect-title">
            {t('protect.sectionTitle')}
          </Title>
          {isProtected && (
            <Badge color="teal.9" variant="filled" tt="none">
              {t('protect.on')}
            </Badge>
          )}
        </Group>
        {!isProtected ? (
          <>
            <Text size="sm">{t('protect.sectionIntro')}</Text>
            <Group>
              <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setDialog('protect')}>
                {t('protect.start')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('protect.sectionOn')}</Text>
            <NativeSelect
              label={t('protect.idleLabel')}
              description={t('protect.idleHelp')}
              maw={320}
              value={String(minutes)}
              disabled={idle.isPending}
              onChange={(e) => idle.mutate(Number(e.currentTarget.value))}
              data={[...new Set([...IDLE_LOCK_MINUTES_CHOICES, minutes])]
                .sort((a, b) => a - b)
                .map((m) => ({ value: String(m), label: t('protect.minutes', { count: m }) }))}
              data-testid="idle-select"
            />
            {idle.isSuccess && (
              <Text size="sm" role="status" c="teal.8">
                {t('settings.saved')}
              </Text>
            )}
            {idle.error && <ErrorAlert error={idle.error} />}
            {changed && (
              <Text size="sm" role="status" c="teal.8">
                {t('protect.changed')}
              </Text>
            )}
            <Group>
              <Button variant="default" onClick={() => setDialog('change')}>
                {t('protect.changeStart')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconLock size={16} aria-hidden />}
                onClick={requestLock}
              >
                {t('lock.lockNow')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      {dialog === 'protect' && <ProtectDialog onClose={() => setDialog(null)} />}
      {dialog === 'change' && (
        <ChangePassphraseDialog
          onClose={() => setDialog(null)}
          onChanged={() => {
            setDialog(null)
            setChanged(true)
          }}
        />
      )}
    </Paper>
  )
}
