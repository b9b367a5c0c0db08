import { Alert, Badge, Button, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core'
import { IconArrowBackUp, IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '../../../../shared/domain/notebook-ops'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useBackups, useRestoreBackup } from '../../api/notebook-care'
import { AppModal } from '../../components/AppModal'
import { VirtualList } from '../../components/VirtualList'
import classes from './BackupsDialog.module.css'
import { intlLocale } from '../../../../shared/i18n/languages'
import direction from '../../components/direction.module.css'

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
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' })
  const kb = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 })
  const number = new Intl.NumberFormat(intlLocale(i18n.language))
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
                  leftSection={<IconArrowBackUp size={14} className={direction.mirrored} aria-hidden />}
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
          <div className={classes.frame}>
            <div className={classes.table}>
              <Text size="sm" c="dimmed" id="backups-caption" mb={4}>
                {t('care.backups.caption')}
              </Text>
              {/* Column headings for the eye; each value below carries its own label for screen readers. */}
              <div className={`${classes.row} ${classes.head}`} aria-hidden>
                <span>{t('care.backups.takenAt')}</span>
                <span className={classes.number}>{t('care.counts.notes')}</span>
                <span className={classes.number}>{t('care.counts.blocks')}</span>
                <span className={classes.number}>{t('care.counts.journeys')}</span>
                <span className={classes.number}>{t('care.counts.actions')}</span>
                <span className={classes.number}>{t('care.backups.size')}</span>
                <span />
              </div>
              <VirtualList
                items={list.data}
                getKey={backupKey}
                estimateSize={48}
                maxHeight="min(50vh, 28rem)"
                labelledBy="backups-caption"
                itemTestId="backup-row"
                renderItem={(b) => (
                  <BackupRow
                    backup={b}
                    when={formatWhen(b)}
                    counts={[
                      ['notes', count(b.counts?.notes)],
                      ['blocks', count(b.counts?.blocks)],
                      ['journeys', count(b.counts?.journeys)],
                      ['actions', count(b.counts?.actions)]
                    ]}
                    size={t('care.backups.kb', { size: kb.format(b.size / 1024) })}
                    disabled={restore.isPending}
                    onRestore={setConfirming}
                  />
                )}
              />
            </div>
          </div>
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

const backupKey = (b: BackupEntry) => b.stamp

/** One backup: when, what it holds, its size, and its Restore button (none for a damaged copy). */
function BackupRow({
  backup: b,
  when,
  counts,
  size,
  disabled,
  onRestore
}: {
  backup: BackupEntry
  when: string
  counts: Array<['notes' | 'blocks' | 'journeys' | 'actions', string]>
  size: string
  disabled: boolean
  onRestore: (b: BackupEntry) => void
}) {
  const { t } = useTranslation()
  return (
    <div className={classes.row}>
      <div>
        <Text size="sm">{when}</Text>
        {!b.valid && (
          <Badge color="red" variant="light" size="sm">
            {t('care.backups.invalid')}
          </Badge>
        )}
      </div>
      {counts.map(([kind, value]) => (
        <Text key={kind} size="sm" className={classes.number}>
          <VisuallyHidden>{t(`care.counts.${kind}`)} </VisuallyHidden>
          {value}
        </Text>
      ))}
      <Text size="sm" className={classes.number}>
        <VisuallyHidden>{t('care.backups.size')} </VisuallyHidden>
        {size}
      </Text>
      <div className={classes.number}>
        {b.valid && (
          <Button
            size="xs"
            variant="light"
            aria-label={t('care.backups.restoreFrom', { when })}
            disabled={disabled}
            onClick={() => onRestore(b)}
          >
            {t('care.backups.restore')}
          </Button>
        )}
      </div>
    </div>
  )
}
