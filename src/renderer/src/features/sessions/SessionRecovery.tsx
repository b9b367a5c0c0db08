import { Alert, Button, Loader, Stack, Text } from '@mantine/core'
import { IconLifebuoy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorCodeOf } from '../../api/client'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBackups, useRestoreBackup } from '../../api/notebook-care'

/**
 * A session that cannot be opened (its file was damaged and set aside, or is gone) is not a dead
 * end: offer its newest backup that still verifies, in plain words.
 */
export function SessionRecovery({ sessionId, error }: { sessionId: string; error: unknown }) {
  const { t, i18n } = useTranslation()
  const backups = useBackups(sessionId, true)
  const restore = useRestoreBackup(sessionId)
  const newest = backups.data?.find((b) => b.valid)
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))
  return (
    <Stack>
      <ErrorAlert error={error} />
      {backups.isPending ? (
        <Loader role="status" aria-label={t('app.loading')} />
      ) : newest ? (
        <Alert
          role="status"
          color="teal"
          variant="light"

          icon={<IconLifebuoy aria-hidden />}
          title={t('care.recover.title')}
        >
          <Stack gap="xs" align="start">
            <Text size="sm">
              {t('care.recover.offer', { when: when(newest.takenAt), count: newest.counts?.notes ?? 0 })}
            </Text>
            {['storage/corrupt-file', 'crypto/tampered'].includes(errorCodeOf(error)) && (
              <Text size="sm">{t('care.recover.keptAside')}</Text>
            )}
            <Button loading={restore.isPending} onClick={() => restore.mutate(newest.stamp)}>
              {t('care.recover.restore')}
            </Button>
            {restore.error && <ErrorAlert error={restore.error} />}
          </Stack>
        </Alert>
      ) : (
        <Text c="dimmed">{t('care.recover.none')}</Text>
      )}
    </Stack>
  )
}
