import { Button, Chip, Group, MultiSelect, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONSENT_FLAGS,
  NOTE_TYPES,
  defaultNoteConsent,
  type ConsentFlag,
  type Note,
  type NoteType
} from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { LIMITS } from '../../../../shared/limits'
import { filterNotes, hashtags, NO_FILTERS } from '../../../../shared/planning/capture-filter'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLinkOptions } from '../library/useLinkOptions'
import { CapturedNote } from './CapturedNote'
import { CaptureFilters } from './CaptureFilters'
import { useCaptureMutations } from './useCapture'

/**
 * One always-focused input: type, press Enter, keep listening. Ctrl/Cmd+1…8 picks the note type
 * without leaving the keyboard. A note appears in the list only once it is safely on disk.
 */
export function CapturePanel({ session, blockId }: { session: Session; blockId: string | null }) {
  const { t, i18n } = useTranslation()
  const { add, update, remove, restore } = useCaptureMutations(session.id)
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [type, setType] = useState<NoteType>('insight')
  const [speaker, setSpeaker] = useState('')
  const [consent, setConsent] = useState<ConsentFlag>(defaultNoteConsent(session.consent))
  const [links, setLinks] = useState<string[]>([])
  const [filters, setFilters] = useState(NO_FILTERS)
  const { groups, labelOf } = useLinkOptions()
  const [removed, setRemoved] = useState<Note | null>(null)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !/^[1-8]$/.test(e.key)) return
      e.preventDefault()
      setType(NOTE_TYPES[Number(e.key) - 1]!)
      input.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const notes = useMemo(() => filterNotes(session.captures, filters), [session.captures, filters])
  // Links stay chosen while the block runs (its notes are usually about the same items), then clear.
  const [linksBlock, setLinksBlock] = useState(blockId)
  if (linksBlock !== blockId) {
    setLinksBlock(blockId)
    setLinks([])
  }

  return (
    <Stack>
      <Paper withBorder radius="lg" p="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            const value = text.trim()
            if (!value) return
            add.mutate(
              {
                type,
                text: value,
                blockId,
                speaker: speaker.trim() || null,
                consent,
                links,
                tags: hashtags(value)
              },
              { onSuccess: () => setText('') }
            )
            input.current?.focus()
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
              ref={input}
              autoFocus
              size="lg"
              label={t('capture.input', { type: t(`capture.types.${type}`) })}
              description={t('capture.help')}
              maxLength={LIMITS.note.text}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="capture-input"
            />
            <Group grow>
              <TextInput
                label={t('capture.speaker')}
                description={t('capture.speakerHelp')}
                maxLength={LIMITS.note.speaker}
                value={speaker}
                disabled={consent === 'anonymous'}
                onChange={(e) => setSpeaker(e.currentTarget.value)}
              />
              <NativeSelect
                label={t('capture.consent')}
                value={consent}
                onChange={(e) => setConsent(e.currentTarget.value as ConsentFlag)}
                data={CONSENT_FLAGS.map((c) => ({ value: c, label: t(`capture.consents.${c}`) }))}
              />
            </Group>
            <MultiSelect
              label={t('capture.links')}
              description={t('capture.linksHelp')}
              data={groups}
              value={links}
              maxValues={10}
              searchable
              clearable
              onChange={setLinks}
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
            onClick={() => restore.mutate({ note: removed }, { onSuccess: () => setRemoved(null) })}
          >
            {t('common.undo')}
          </Button>
        </Group>
      )}
      <CaptureFilters session={session} value={filters} onChange={setFilters} labelOf={labelOf} />
      <Text size="sm" c="dimmed" role="status" data-testid="capture-count">
        {t('capture.count', { count: session.captures.length })}
      </Text>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notes.map((n) => (
          <CapturedNote
            key={n.id}
            note={n}
            time={time}
            labelOf={labelOf}
            removing={remove.pending.some((v) => v.noteId === n.id)}
            onRemove={() => remove.mutate({ noteId: n.id }, { onSuccess: ({ value }) => setRemoved(value) })}
            onUpdate={(patch, done) => update.mutate({ noteId: n.id, patch }, { onSuccess: done })}
          />
        ))}
      </Stack>
    </Stack>
  )
}
