import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The Cancel / submit row every dialog form ends with; the submit label defaults to "Save". */
export function FormActions({
  onCancel,
  submitLabel,
  loading = false
}: {
  onCancel: () => void
  submitLabel?: string
  loading?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  )
}
