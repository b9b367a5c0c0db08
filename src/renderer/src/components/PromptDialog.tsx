import { Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { AppModal } from './AppModal'
import { ErrorAlert } from './ErrorAlert'
import { FormActions } from './FormActions'

interface PromptProps {
  /** Starts selected, as in a native prompt, so typing replaces it. */
  initialValue?: string
  label: string
  /** Shown when the trimmed text is empty; the dialog then stays open. */
  requiredMessage: string
  maxLength?: number
  submitLabel: string
  /** Receives the text trimmed, never empty, at most `maxLength` characters. */
  onSubmit: (value: string) => void
  onCancel: () => void
  loading?: boolean
  error?: unknown
}

/**
 * The app's own one-line text prompt (Electron has no window.prompt). The field is focused:
 * Enter submits, Escape cancels. While `loading` it cannot be submitted again or dismissed.
 */
export function PromptDialog({ opened, title, ...props }: PromptProps & { opened: boolean; title: string }) {
  const cancel = () => !props.loading && props.onCancel()
  return (
    <AppModal opened={opened} onClose={cancel} title={title}>
      {/* Mounted only while open, so each opening starts again from the initial value. */}
      <PromptForm {...props} onCancel={cancel} />
    </AppModal>
  )
}

function PromptForm({
  initialValue = '',
  label,
  requiredMessage,
  maxLength = 200,
  submitLabel,
  onSubmit,
  onCancel,
  loading = false,
  error
}: PromptProps) {
  const [value, setValue] = useState(initialValue.slice(0, maxLength))
  const [touched, setTouched] = useState(false)
  const [selected, setSelected] = useState(false)
  const trimmed = value.trim()
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setTouched(true)
        if (trimmed && !loading) onSubmit(trimmed.slice(0, maxLength))
      }}
    >
      <Stack>
        <TextInput
          label={label}
          required
          maxLength={maxLength}
          value={value}
          error={touched && !trimmed ? requiredMessage : null}
          onChange={(e) => setValue(e.currentTarget.value)}
          onFocus={(e) => {
            if (selected) return
            e.currentTarget.select()
            setSelected(true)
          }}
          data-autofocus
        />
        {error ? <ErrorAlert error={error} /> : null}
        <FormActions onCancel={onCancel} submitLabel={submitLabel} loading={loading} />
      </Stack>
    </form>
  )
}
