import { Checkbox, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NewPassphraseFields } from './NewPassphraseFields'
import { passphraseProblem } from './passphrase-rules'

/**
 * "Encrypt with a passphrase" for a session file that leaves on a USB stick: the file is sealed to
 * a passphrase chosen for it (not the notebook's), which the person importing it will be asked for.
 */
export function useExportPassphrase() {
  const [on, setOn] = useState(false)
  const [value, setValue] = useState('')
  const [repeated, setRepeated] = useState('')
  const [touched, setTouched] = useState(false)
  const problem = on ? passphraseProblem(value, repeated) : null
  return {
    fields: { on, setOn, value, setValue, repeated, setRepeated, touched, problem },
    /** The passphrase to send (undefined: a plain file), or false when the fields need fixing. */
    take: (): string | undefined | false => {
      setTouched(true)
      if (!on) return undefined
      return problem ? false : value
    }
  }
}

export function EncryptExportFields({
  fields,
  disabled
}: {
  fields: ReturnType<typeof useExportPassphrase>['fields']
  disabled?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('protect.export.encrypt')}
        description={t('protect.export.encryptHelp')}
        checked={fields.on}
        disabled={disabled}
        onChange={(e) => fields.setOn(e.currentTarget.checked)}
        data-testid="export-encrypt"
      />
      {fields.on && (
        <NewPassphraseFields
          label={t('protect.export.passphrase')}
          value={fields.value}
          repeated={fields.repeated}
          onChange={fields.setValue}
          onRepeatedChange={fields.setRepeated}
          problem={fields.problem}
          touched={fields.touched}
        />
      )}
    </Stack>
  )
}
