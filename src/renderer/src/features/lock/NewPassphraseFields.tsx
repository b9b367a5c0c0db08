import { PasswordInput, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PASSPHRASE_MIN, type PassphraseProblem } from './passphrase-rules'

/** A new passphrase typed twice; the problem is shown on the field the user should fix. */
export function NewPassphraseFields({
  value,
  repeated,
  onChange,
  onRepeatedChange,
  problem,
  touched,
  label
}: {
  value: string
  repeated: string
  onChange: (value: string) => void
  onRepeatedChange: (value: string) => void
  problem: PassphraseProblem
  touched: boolean
  label?: string
}) {
  const { t } = useTranslation()
  const shown = touched ? problem : null
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label ?? t('protect.passphrase')}
        description={t('protect.passphraseHelp', { count: PASSPHRASE_MIN })}
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={
          shown === 'tooShort'
            ? t('protect.tooShort', { count: PASSPHRASE_MIN })
            : shown === 'tooSimple'
              ? t('protect.tooSimple')
              : null
        }
        visibilityToggleButtonProps={{ 'aria-label': t('lock.showPassphrase') }}
        data-autofocus
      />
      <PasswordInput
        label={t('protect.repeat')}
        autoComplete="new-password"
        required
        value={repeated}
        onChange={(e) => onRepeatedChange(e.currentTarget.value)}
        error={shown === 'mismatch' ? t('protect.mismatch') : null}
        visibilityToggleButtonProps={{ 'aria-label': t('lock.showPassphrase') }}
      />
    </Stack>
  )
}
