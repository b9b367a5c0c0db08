import {
  Alert,
  Anchor,
  Button,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title
} from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NotebookStatus } from '../../../../shared/domain/app-info'
import { call, errorCodeOf } from '../../api/client'
import { unlockNotebook } from '../../api/notebook-lock'
import { ErrorAlert } from '../../components/ErrorAlert'

type Mode = 'passphrase' | 'recoveryKey'

/** After this long, an unlock that has not answered is being held back by main: say so. */
const SLOW_MS = 2500

/**
 * What a protected notebook shows until it is unlocked: nothing of the notebook, a passphrase
 * field (or the recovery key, for a forgotten passphrase) and, after wrong tries, why the next one
 * takes longer. `unsaved`: changes that could not be saved before the lock.
 */
export function LockScreen({
  unsaved,
  onUnlocked
}: {
  unsaved: number
  onUnlocked: (status: NotebookStatus) => void
}) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>('passphrase')
  const [secret, setSecret] = useState('')
  const [missing, setMissing] = useState(false)
  const [pending, setPending] = useState(false)
  const [slow, setSlow] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [delayMs, setDelayMs] = useState(0)
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    document.title = `${t('lock.title')} · ${t('app.name')}`
  }, [t])
  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(() => setSlow(true), SLOW_MS)
    return () => clearTimeout(timer)
  }, [pending])

  const switchMode = (next: Mode) => {
    setMode(next)
    setSecret('')
    setMissing(false)
    setError(null)
    requestAnimationFrame(() => field.current?.focus())
  }
  const submit = () => {
    const typed = secret.trim()
    if (!typed) {
      setMissing(true)
      field.current?.focus()
      return
    }
    if (pending) return
    setMissing(false)
    setPending(true)
    setSlow(false)
    setError(null)
    unlockNotebook(mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: typed }).then(
      (status) => {
        setSecret('')
        onUnlocked(status)
      },
      (failure: unknown) => {
        setPending(false)
        setError(failure)
        if (errorCodeOf(failure) !== 'crypto/wrong-passphrase') return
        setSecret('')
        field.current?.focus()
        // How long main will hold the next try back, so the wait is explained before it happens.
        call('notebook:status').then(
          (status) => setDelayMs(status.unlockDelayMs),
          () => undefined
        )
      }
    )
  }

  const label = mode === 'passphrase' ? t('lock.passphrase') : t('lock.recoveryKey')
  const seconds = Math.ceil(delayMs / 1000)
  return (
    <Stack align="center" py="xl" data-testid="lock-screen">
      <Paper withBorder radius="lg" p="xl" w="100%" maw={480}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <Stack>
            <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
              <IconLock size={28} />
            </ThemeIcon>
            <div>
              <Title order={2}>{t('lock.title')}</Title>
              <Text mt="xs">{mode === 'passphrase' ? t('lock.intro') : t('lock.recoveryIntro')}</Text>
            </div>
            {unsaved > 0 && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
                {t('lock.unsavedDropped', { count: unsaved })}
              </Alert>
            )}
            {mode === 'passphrase' ? (
              <PasswordInput
                ref={field}
                label={label}
                autoComplete="current-password"
                value={secret}
                onChange={(e) => setSecret(e.currentTarget.value)}
                error={missing ? t('lock.required') : null}
                visibilityToggleButtonProps={{ 'aria-label': t('lock.showPassphrase') }}
                data-autofocus
                autoFocus
              />
            ) : (
              <TextInput
                ref={field}
                label={label}
                description={t('lock.recoveryKeyHelp')}
                autoComplete="off"
                spellCheck={false}
                value={secret}
                onChange={(e) => setSecret(e.currentTarget.value)}
                error={missing ? t('lock.required') : null}
                // Monospace for the key only: on the label and help, Arabic fell back to a poor font.
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                // Latin groups, read left to right even on an Arabic screen.
                dir="ltr"
                autoFocus
              />
            )}
            {error !== null && (
              <ErrorAlert
                error={error}
                title={errorCodeOf(error) === 'crypto/wrong-passphrase' ? t('lock.wrongTitle') : undefined}
              />
            )}
            {(slow || (pending && delayMs > 0)) && (
              <Text size="sm" role="status" data-testid="unlock-waiting">
                {seconds > 0 ? t('lock.waiting', { count: seconds }) : t('lock.checking')}
              </Text>
            )}
            {!pending && delayMs > 0 && error !== null && (
              <Text size="sm" c="dimmed" data-testid="unlock-delay">
                {t('lock.nextTry', { count: seconds })}
              </Text>
            )}
            <Button type="submit" loading={pending} leftSection={<IconLock size={16} aria-hidden />}>
              {t('lock.unlock')}
            </Button>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => switchMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase')}
            >
              {mode === 'passphrase' ? t('lock.useRecoveryKey') : t('lock.usePassphrase')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
