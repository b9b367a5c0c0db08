import { Button, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppModal } from './AppModal'
import { ErrorAlert } from './ErrorAlert'

/**
 * The app's own "are you sure?" (Electron's window.confirm is native, blocking and untranslated).
 * The confirm button is focused, so Enter confirms and Escape cancels; it names the action
 * ("Delete session", never "OK") and, while `loading`, stays disabled so nothing runs twice.
 */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  destructive = false,
  loading = false,
  error
}: {
  opened: boolean
  title: string
  message: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  destructive?: boolean
  loading?: boolean
  error?: unknown
}) {
  const { t } = useTranslation()
  const cancel = () => !loading && onCancel()
  return (
    <AppModal opened={opened} onClose={cancel} title={title}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (!loading) onConfirm()
        }}
      >
        <Stack>
          <Text size="sm">{message}</Text>
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={destructive ? 'red.9' : undefined} loading={loading} data-autofocus>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
