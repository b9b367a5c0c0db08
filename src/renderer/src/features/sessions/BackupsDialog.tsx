import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconArrowBackUp, IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../../shared/domain/notebook-ops'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBackups, useRestoreBackup } from '../../api/notebook-care'
import { AppModal } from '../../components/AppModal'

/** The header button that opens the session's backups. */
export function BackupsButton({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconHistory size={14} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('care.backups.button')}
      </Button>
      {opened && <BackupsDialog sessionId={sessionId} onClose={() => setOpened(false)} />}
    </>
  )
}

type Done = { kind: 'restored' | 'undone'; when: string; undoStamp: string | null }

/** Every backup of one session, newest first; restoring one first backs up the session as it is now. */
export function BackupsDialog({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const list = useBackups(sessionId, true)
  const restore = useRestoreBackup(sessionId)
  const [confirming, setConfirming] = useState<BackupEntry | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const kb = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
  const number = new Intl.NumberFormat(i18n.language)
  const formatWhen = (b: BackupEntry) => when.format(new Date(b.takenAt))
  const count = (n: number | undefined) => (n === undefined ? '–' : number.format(n))

  const run = (stamp: string, kind: Done['kind'], label: string) =>
    restore.mutate(stamp, {
      onSuccess: (r) => {
        setConfirming(null)
        setDone({ kind, when: label, undoStamp: kind === 'restored' ? r.undoStamp : null })
      }
    })

  return (
    <AppModal opened onClose={onClose} title={t('care.backups.title')} size="xl">
      <Stack data-testid="backups-dialog">
        <Text size="sm" c="dimmed">
          {t('care.backups.intro')}
        </Text>
        {list.error && <ErrorAlert error={list.error} />}
        {restore.error && <ErrorAlert error={restore.error} />}
        {done && (
          <Alert role="status" color="teal" variant="light" data-testid="backup-restored">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {done.kind === 'restored'
                  ? t('care.backups.restored', { when: done.when })
                  : t('care.backups.undone')}
              </Text>
              {done.undoStamp && (
                <Button
                  size="xs"
                  variant="white"
                  leftSection={<IconArrowBackUp size={14} aria-hidden />}
                  loading={restore.isPending}
                  onClick={() => done.undoStamp && run(done.undoStamp, 'undone', '')}
                >
                  {t('care.backups.undo')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        {confirming && (
          <Alert
            color="orange"
            variant="light"
            title={
              <Text fw={700} size="sm" c="var(--mantine-color-text)">
                {t('care.backups.confirmTitle')}
              </Text>
            }
            data-testid="backup-confirm"
          >
            <Text size="sm" mb="sm">
              {t('care.backups.confirmBody', { when: formatWhen(confirming) })}
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                loading={restore.isPending}
                onClick={() => run(confirming.stamp, 'restored', formatWhen(confirming))}
              >
                {t('care.backups.confirm')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Alert>
        )}
        {list.isPending && <Loader size="sm" role="status" aria-label={t('app.loading')} />}
        {list.data && list.data.length === 0 && (
          <Alert
            color="gray"
            variant="light"
            title={t('care.backups.emptyTitle')}
            data-testid="backups-empty"
          >
            {t('care.backups.emptyBody')}
          </Alert>
        )}
        {list.data && list.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('care.backups.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('care.backups.takenAt')}</Table.Th>
                  <Table.Th ta="right">{t('care.counts.notes')}</Table.Th>
                  <Table.Th ta="right">{t('care.counts.blocks')}</Table.Th>
                  <Table.Th ta="right">{t('care.counts.journeys')}</Table.Th>
                  <Table.Th ta="right">{t('care.counts.actions')}</Table.Th>
                  <Table.Th ta="right">{t('care.backups.size')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('care.backups.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((b) => (
                  <Table.Tr key={b.stamp} data-testid="backup-row">
                    <Table.Td>
                      <Text size="sm">{formatWhen(b)}</Text>
                      {!b.valid && (
                        <Badge color="red" variant="light" size="sm">
                          {t('care.backups.invalid')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{count(b.counts?.notes)}</Table.Td>
                    <Table.Td ta="right">{count(b.counts?.blocks)}</Table.Td>
                    <Table.Td ta="right">{count(b.counts?.journeys)}</Table.Td>
                    <Table.Td ta="right">{count(b.counts?.actions)}</Table.Td>
                    <Table.Td ta="right">{t('care.backups.kb', { size: kb.format(b.size / 1024) })}</Table.Td>
                    <Table.Td ta="right">
                      {b.valid && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('care.backups.restoreFrom', { when: formatWhen(b) })}
                          disabled={restore.isPending}
                          onClick={() => setConfirming(b)}
                        >
                          {t('care.backups.restore')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
