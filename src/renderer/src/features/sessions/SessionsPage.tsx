import { Alert, Button, EmptyState, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core'
import { IconCalendarEvent, IconPlus, IconSearch } from '@tabler/icons-react'
import { memo, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { fold } from '../../../../shared/content/search'
import type { SessionSummary } from '../../../../shared/ipc/contract'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { VirtualList } from '../../components/VirtualList'
import { ImportSessionButton } from './ImportSessionButton'
import { NewSessionDialog } from './NewSessionDialog'
import { setLastDeleted, useLastDeleted } from './deleted-store'
import classes from './SessionsPage.module.css'
import { useRestoreSession, useSessionList } from '../../api/sessions'
import { intlLocale } from '../../../../shared/i18n/languages'

type Sort = 'date' | 'title' | 'updated'

export function SessionsPage() {
  const { t, i18n } = useTranslation()
  const list = useSessionList()
  const restore = useRestoreSession()
  const deleted = useLastDeleted()
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<Sort>('date')
  const [creating, setCreating] = useState(false)
  // The field shows each keystroke at once; the list follows when the browser has time.
  const search = useDeferredValue(query)
  const rows = useMemo(() => {
    const q = fold(search.trim())
    const shown = (list.data ?? []).filter((s) => !q || fold(s.title).includes(q))
    const by: Record<Sort, (a: (typeof shown)[number], b: (typeof shown)[number]) => number> = {
      date: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
      title: (a, b) => a.title.localeCompare(b.title, i18n.language),
      updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt)
    }
    return shown.sort(by[sort])
  }, [list.data, search, sort, i18n.language])
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long', timeZone: 'UTC' }),
    [i18n.language]
  )

  return (
    <>
      <PageHeader title={t('sessions.title')} description={t('sessions.subtitle')} />
      {deleted && (
        <Alert role="status" color="gray" mb="md" data-testid="undo-delete">
          <Group justify="space-between">
            <Text size="sm">{t('sessions.deleted', { title: deleted.title })}</Text>
            <Button
              size="xs"
              variant="white"
              loading={restore.isPending}
              onClick={() => restore.mutate(deleted.id, { onSuccess: () => setLastDeleted(null) })}
            >
              {t('common.undo')}
            </Button>
          </Group>
        </Alert>
      )}
      {list.error && <ErrorAlert error={list.error} />}
      <Group justify="space-between" mb="md" align="end">
        <Group align="end">
          <TextInput
            type="search"
            label={t('sessions.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('sessions.sort.label')}
            value={sort}
            onChange={(e) => setSort(e.currentTarget.value as Sort)}
            data={[
              { value: 'date', label: t('sessions.sort.date') },
              { value: 'title', label: t('sessions.sort.title') },
              { value: 'updated', label: t('sessions.sort.updated') }
            ]}
          />
        </Group>
        <Group gap="xs">
          <ImportSessionButton />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('sessions.new')}
          </Button>
        </Group>
      </Group>
      {list.data && list.data.length === 0 ? (
        <Paper withBorder p="xl" radius="lg" data-testid="sessions-empty">
          <EmptyState
            variant="light"
            size="lg"
            icon={<IconCalendarEvent aria-hidden />}
            title={t('sessions.empty.title')}
            description={t('sessions.empty.body')}
          />
        </Paper>
      ) : (
        <Paper withBorder radius="lg" p="xs">
          <VirtualList
            items={rows}
            getKey={sessionKey}
            estimateSize={44}
            maxHeight="fill"
            fill={{ min: 320, bottom: 24 }}
            label={t('sessions.title')}
            itemTestId="session-row"
            renderItem={(s) => <SessionRow session={s} dateFormat={dateFormat} />}
          />
        </Paper>
      )}
      {creating && <NewSessionDialog onClose={() => setCreating(false)} />}
    </>
  )
}

const sessionKey = (s: SessionSummary) => s.id

/** One line of the list: the session's title (its link) and its date. */
const SessionRow = memo(function SessionRow({
  session: s,
  dateFormat
}: {
  session: SessionSummary
  dateFormat: Intl.DateTimeFormat
}) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" px="sm" py={10} className={classes.row}>
      <Link href={`/sessions/${s.id}`} className={classes.title} dir="auto">
        {s.title}
      </Link>
      {s.date ? (
        <Text size="sm" style={{ flexShrink: 0 }}>
          {dateFormat.format(new Date(`${s.date}T00:00:00Z`))}
        </Text>
      ) : (
        <Text c="dimmed" size="sm" style={{ flexShrink: 0 }}>
          {t('sessions.noDate')}
        </Text>
      )}
    </Group>
  )
})
