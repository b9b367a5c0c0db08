import { keys } from '../api/keys'
import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock, IconRefresh, IconShieldCheck } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call, errorCodeOf } from '../api/client'
import { ErrorAlert } from './ErrorAlert'
import { useTransportOutage } from './outage'

/**
 * Tells the user, in plain words, when storage had to protect their data at start-up, and, once
 * for every screen, when the data cannot be reached at all (browser mode's server stopped, or this
 * page's access key is not the server's).
 */
export function NotebookBanner() {
  const { t } = useTranslation()
  const { data, error } = useQuery({ queryKey: keys.notebookStatus, queryFn: () => call('notebook:status') })
  const outage = useTransportOutage()
  if (outage) {
    const code = errorCodeOf(outage)
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        title={t('errors.title')}
        icon={<IconAlertTriangle aria-hidden />}
        mb="md"
        data-testid="outage-banner"
      >
        <Text size="sm">{t(`errors.${code}`)}</Text>
        {/* The server is back (same address, same key): one reload reconnects. A wrong key needs the printed address. */}
        {code === 'http/unreachable' && (
          <Button
            mt="sm"
            size="xs"
            variant="white"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('app.reload')}
          </Button>
        )}
      </Alert>
    )
  }
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
