import { Alert, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useDeferredValue, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { LIMITS } from '../../../../shared/limits'
import { filterNotes, NO_FILTERS } from '../../../../shared/planning/capture-filter'
import { useSessionChange } from '../../api/sessions'
import { ErrorAlert } from '../../components/ErrorAlert'
import { VirtualList, type VirtualListHandle } from '../../components/VirtualList'
import { useStableCallback } from '../../hooks/useStableCallback'
import { useLinkOptions } from '../library/useLinkOptions'
import { CaptureForm } from './CaptureForm'
import { CapturedNote, type NotePatch } from './CapturedNote'
import { CaptureFilters } from './CaptureFilters'
import type { CaptureSettings } from './useCaptureSettings'
import { intlLocale } from '../../../../shared/i18n/languages'

/** From here on live mode warns that the session is filling up (the limit is LIMITS.session.captures). */
const NEAR_NOTES_LIMIT = LIMITS.session.captures - 1000

/**
 * One always-focused input: type, press Enter, keep listening. A note appears in the list (newest
 * first, right under the field) only once it is safely on disk. The list renders only the notes
 * in view, each memoised, so neither a keystroke nor a capture costs more in a long session.
 */
export function CapturePanel({
  session,
  blockId,
  settings,
  inputRef
}: {
  session: Session
  blockId: string | null
  settings: CaptureSettings
  inputRef: RefObject<HTMLInputElement | null>
}) {
  const { t, i18n } = useTranslation()
  const update = useSessionChange(session.id, 'captures:update')
  const remove = useSessionChange(session.id, 'captures:delete')
  const restore = useSessionChange(session.id, 'captures:restore')
  const [filters, setFilters] = useState(NO_FILTERS)
  const [showFilters, setShowFilters] = useState(false)
  const { labelOf } = useLinkOptions()
  const [removed, setRemoved] = useState<Note | null>(null)
  const list = useRef<VirtualListHandle>(null)
  const focus = () => inputRef.current?.focus()

  const time = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit' }),
    [i18n.language]
  )
  // A search keystroke updates its field at once; the list follows when the browser has time.
  const shownFilters = useDeferredValue(filters)
  const notes = useMemo(() => filterNotes(session.captures, shownFilters), [session.captures, shownFilters])
  const activeFilters = (Object.keys(filters) as Array<keyof typeof filters>).filter(
    (key) => filters[key] !== NO_FILTERS[key]
  ).length
  const removing = new Set(remove.pending.map((v) => v.noteId))

  const onRemove = useStableCallback((noteId: string) =>
    remove.mutate({ noteId }, { onSuccess: ({ value }) => (setRemoved(value), focus()) })
  )
  const onUpdate = useStableCallback((noteId: string, patch: NotePatch, done: () => void) =>
    update.mutate({ noteId, patch }, { onSuccess: () => (done(), focus()) })
  )
  const onCapture = useStableCallback(() => list.current?.scrollToIndex(0))

  return (
    <Stack>
      <Paper withBorder radius="lg" p="md">
        <CaptureForm
          sessionId={session.id}
          blockId={blockId}
          settings={settings}
          inputRef={inputRef}
          onCapture={onCapture}
        />
        {(update.error ?? remove.error) && <ErrorAlert error={update.error ?? remove.error} />}
      </Paper>
      {removed && (
        <Group justify="space-between" role="status">
          <Text size="sm">{t('capture.deleted')}</Text>
          <Button
            size="xs"
            variant="light"
            loading={restore.isPending}
            onClick={() =>
              restore.mutate({ note: removed }, { onSuccess: () => (setRemoved(null), focus()) })
            }
          >
            {t('common.undo')}
          </Button>
        </Group>
      )}
      {session.captures.length >= NEAR_NOTES_LIMIT && (
        <Alert color="orange" variant="light" data-testid="near-limit">
          {t('capture.nearLimit', {
            n: new Intl.NumberFormat(intlLocale(i18n.language)).format(session.captures.length)
          })}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" data-testid="capture-count" id="capture-count">
          {t('capture.count', { count: session.captures.length })}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconFilter size={14} aria-hidden />}
          aria-expanded={showFilters}
          aria-controls="capture-filters"
          onClick={() => setShowFilters((v) => !v)}
        >
          {showFilters
            ? t('capture.filtersToggle.hide')
            : activeFilters > 0
              ? t('capture.filtersToggle.showActive', { count: activeFilters })
              : t('capture.filtersToggle.show')}
        </Button>
      </Group>
      <Collapse expanded={showFilters} id="capture-filters">
        <CaptureFilters
          captures={session.captures}
          blocks={session.blocks}
          value={filters}
          onChange={setFilters}
          labelOf={labelOf}
        />
      </Collapse>
      <VirtualList
        ref={list}
        items={notes}
        getKey={noteKey}
        estimateSize={92}
        gap={6}
        maxHeight="fill"
        fill={{ min: 280, bottom: 24 }}
        labelledBy="capture-count"
        itemTestId="captured-note"
        testId="captured-notes"
        renderItem={(n) => (
          <CapturedNote
            note={n}
            time={time}
            labelOf={labelOf}
            removing={removing.has(n.id)}
            onRemove={onRemove}
            onUpdate={onUpdate}
          />
        )}
      />
    </Stack>
  )
}

const noteKey = (n: Note) => n.id
