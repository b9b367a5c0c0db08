import { NumberInput } from '@mantine/core'
import { useState } from 'react'
import { LIMITS } from '../../../../shared/limits'

const { minMinutes, maxMinutes } = LIMITS.block

/** Minutes 1–480: typed freely, clamped when the field is left, saved only if it changed. */
export function DurationInput({
  label,
  minutes,
  onCommit
}: {
  label: string
  minutes: number
  onCommit: (value: number) => void
}) {
  const [value, setValue] = useState<string | number>(minutes)
  return (
    <NumberInput
      aria-label={label}
      value={value}
      min={minMinutes}
      max={maxMinutes}
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      onChange={setValue}
      onBlur={() => {
        const parsed = typeof value === 'number' ? value : Number.parseInt(value, 10)
        const clamped = Number.isFinite(parsed)
          ? Math.min(maxMinutes, Math.max(minMinutes, Math.round(parsed)))
          : minutes
        setValue(clamped)
        if (clamped !== minutes) onCommit(clamped)
      }}
    />
  )
}
