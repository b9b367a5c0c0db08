import { keys } from '../api/keys'
import { Alert, Stack } from '@mantine/core'
import { IconLock, IconShieldCheck } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call } from '../api/client'
import { ErrorAlert } from './ErrorAlert'

/** Tells the user, in plain words, when storage had to protect their data at start-up. */
export function NotebookBanner() {
  const { t } = useTranslation()
  const { data, error } = useQuery({ queryKey: keys.notebookStatus, queryFn: () => call('notebook:status') })
  if (error) return <ErrorAlert error={error} />
  if (!data || (!data.readOnly && data.recovered.length === 0)) return null
  return (
    <Stack gap="xs" mb="md">
      {data.recovered.length > 0 && (
        <Alert
          role="status"
          color="yellow"
          variant="light"
          icon={<IconShieldCheck aria-hidden />}
          data-testid="recovered-banner"
        >
          {t('notebook.recovered', {
            count: data.recovered.length,
            files: data.recovered.map((r) => r.movedTo).join(', ')
          })}
        </Alert>
      )}
      {data.readOnly && (
        <Alert
          role="status"
          color="orange"
          variant="light"
          icon={<IconLock aria-hidden />}
          data-testid="read-only-banner"
        >
          {t('notebook.readOnly')}
        </Alert>
      )}
    </Stack>
  )
}
