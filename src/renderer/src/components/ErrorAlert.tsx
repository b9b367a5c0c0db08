import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorCodeOf } from '../api/client'

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t('errors.title')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {t(`errors.${errorCodeOf(error)}`)}
    </Alert>
  )
}
