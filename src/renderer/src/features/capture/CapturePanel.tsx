import { Alert, Button, Chip, Collapse, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useEffect, useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTE_TYPES, type Note, type NoteType } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { LIMITS } from '../../../../shared/limits'
import { filterNotes, hashtags, NO_FILTERS } from '../../../../shared/planning/capture-filter'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLinkOptions } from '../library/useLinkOptions'
import { CapturedNote } from './CapturedNote'
import { CaptureFilters } from './CaptureFilters'
import { useCaptureMutations } from './useCapture'
import type { CaptureSettings } from './useCaptureSettings'

/** From here on live mode warns that the session is filling up (the limit is LIMITS.session.captures). */
const NEAR_NOTES_LIMIT = LIMITS.session.captures - 1000

/**
 * One always-focused input: type, press Enter, keep listening. Ctrl/Cmd+1…8 picks the note type
 * and Ctrl/Cmd+9 switches Internal on and off, without leaving the keyboard. A note appears in
 * the list (newest first, right under the field) only once it is safely on disk.
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
  const { add, update, remove, restore } = useCaptureMutations(session.id)
  const [text, setText] = useState('')
  const [type, setType] = useState<NoteType>('insight')
  const [filters, setFilters] = useState(NO_FILTERS)
  const [showFilters, setShowFilters] = useState(false)
  const { labelOf } = useLinkOptions()
  const [removed, setRemoved] = useState<Note | null>(null)
  const focus = () => inputRef.current?.focus()

  const { toggleInternal } = settings
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !/^[1-9]$/.test(e.key)) return
      e.preventDefault()
      if (e.key === '9') toggleInternal()
      else setType(NOTE_TYPES[Number(e.key) - 1]!)
      inputRef.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggleInternal, inputRef])

  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const notes = useMemo(() => filterNotes(session.captures, filters), [session.captures, filters])
  const activeFilters = (Object.keys(filters) as Array<keyof typeof filters>).filter(
    (key) => filters[key] !== NO_FILTERS[key]
  ).length

  return (
    <Stack>
      <Paper withBorder radius="lg" p="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            const value = text.trim()
            if (!value) return
            // The field clears at once, so the next note can be typed while this one is written;
            // if it is refused, its text comes back (never over what was typed since).
            setText('')
            add.mutate(
              {
                type,
                text: value,
                blockId,
                speaker: settings.speaker.trim() || null,
                consent: settings.consent,
                links: settings.links,
                tags: hashtags(value)
              },
              { onError: () => setText((current) => (current === '' ? value : `${value} ${current}`)) }
            )
            focus()
          }}
        >
          <Stack gap="xs">
            <Chip.Group multiple={false} value={type} onChange={(v) => setType(v as NoteType)}>
              <Group gap={6} role="radiogroup" aria-label={t('capture.type')}>
                {NOTE_TYPES.map((nt, i) => (
                  <Chip key={nt} value={nt} size="xs" variant="outline">
                    {t(`capture.types.${nt}`)} · {i + 1}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <TextInput
              ref={inputRef}
              autoFocus
              size="lg"
              label={t('capture.input', { type: t(`capture.types.${type}`) })}
              description={`${t('capture.help')} ${t(`capture.consents.${settings.consent}`)}.`}
              maxLength={LIMITS.note.text}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="capture-input"
            />
            <button type="submit" hidden />
          </Stack>
        </form>
        {(add.error ?? update.error ?? remove.error) && (
          <ErrorAlert error={add.error ?? update.error ?? remove.error} />
        )}
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
            n: new Intl.NumberFormat(i18n.language).format(session.captures.length)
          })}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" data-testid="capture-count">
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
        <CaptureFilters session={session} value={filters} onChange={setFilters} labelOf={labelOf} />
      </Collapse>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notes.map((n) => (
          <CapturedNote
            key={n.id}
            note={n}
            time={time}
            labelOf={labelOf}
            removing={remove.pending.some((v) => v.noteId === n.id)}
            onRemove={() =>
              remove.mutate({ noteId: n.id }, { onSuccess: ({ value }) => (setRemoved(value), focus()) })
            }
            onUpdate={(patch, done) =>
              update.mutate({ noteId: n.id, patch }, { onSuccess: () => (done(), focus()) })
            }
          />
        ))}
      </Stack>
    </Stack>
  )
}
