import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A session file sealed to a passphrase: asked for before anything of it can be shown. The batch
 * import asks once for several files: it says so in `message` and on its button.
 */
export function FilePassphraseForm({
  pending,
  onSubmit,
  message,
  label,
  submitLabel
}: {
  pending: boolean
  onSubmit: (passphrase: string) => void
  message?: string
  label?: string
  submitLabel?: string
}) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const [missing, setMissing] = useState(false)
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!typed) {
          setMissing(true)
          return
        }
        setMissing(false)
        onSubmit(typed)
      }}
    >
      <Stack gap="sm" data-testid="file-passphrase">
        <Text size="sm">{message ?? t('protect.import.needed')}</Text>
        <PasswordInput
          label={label ?? t('protect.import.passphrase')}
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={missing ? t('lock.required') : null}
          visibilityToggleButtonProps={{ 'aria-label': t('lock.showPassphrase') }}
          data-autofocus
          autoFocus
        />
        <Group>
          <Button type="submit" variant="light" loading={pending}>
            {submitLabel ?? t('protect.import.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
