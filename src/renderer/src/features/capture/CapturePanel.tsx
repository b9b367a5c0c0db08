import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Chip,
  Stack,
  Text,
  TextInput
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fold } from '../../../../shared/content/search'
import {
  CONSENT_FLAGS,
  NOTE_TYPES,
  defaultNoteConsent,
  type ConsentFlag,
  type Note,
  type NoteType
} from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useCaptureMutations } from './useCapture'

/**
 * One always-focused input: type, press Enter, keep listening. Ctrl/Cmd+1…8 picks the note type
 * without leaving the keyboard. A note appears in the list only once it is safely on disk.
 */
export function CapturePanel({ session, blockId }: { session: Session; blockId: string | null }) {
  const { t, i18n } = useTranslation()
  const { add, remove, restore } = useCaptureMutations(session.id)
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [type, setType] = useState<NoteType>('insight')
  const [speaker, setSpeaker] = useState('')
  const [consent, setConsent] = useState<ConsentFlag>(defaultNoteConsent(session.consent))
  const [filter, setFilter] = useState<NoteType | 'all'>('all')
  const [query, setQuery] = useState('')
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
  const notes = useMemo(() => {
    const q = fold(query.trim())
    return [...session.captures]
      .reverse()
      .filter(
        (n) =>
          (filter === 'all' || n.type === filter) && (!q || fold(`${n.text} ${n.speaker ?? ''}`).includes(q))
      )
  }, [session.captures, filter, query])

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
              { type, text: value, blockId, speaker: speaker.trim() || null, consent },
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
              maxLength={5000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="capture-input"
            />
            <Group grow>
              <TextInput
                label={t('capture.speaker')}
                description={t('capture.speakerHelp')}
                maxLength={60}
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
            <button type="submit" hidden />
          </Stack>
        </form>
        {(add.error ?? remove.error) && <ErrorAlert error={add.error ?? remove.error} />}
      </Paper>
      {removed && (
        <Group justify="space-between" role="status">
          <Text size="sm">{t('capture.deleted')}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => restore.mutate(removed, { onSuccess: () => setRemoved(null) })}
          >
            {t('common.undo')}
          </Button>
        </Group>
      )}
      <Group grow>
        <NativeSelect
          label={t('capture.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as NoteType | 'all')}
          data={[
            { value: 'all', label: t('capture.all') },
            ...NOTE_TYPES.map((nt) => ({ value: nt, label: t(`capture.types.${nt}`) }))
          ]}
        />
        <TextInput
          type="search"
          label={t('capture.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status" data-testid="capture-count">
        {t('capture.count', { count: session.captures.length })}
      </Text>
      <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notes.map((n) => (
          <li key={n.id} data-testid="captured-note">
            <Paper withBorder radius="md" p="sm">
              <Group justify="space-between" wrap="nowrap" align="start">
                <div>
                  <Group gap={6} mb={4}>
                    <Badge size="sm" variant="outline" color="indigo.9" tt="none">
                      {t(`capture.types.${n.type}`)}
                    </Badge>
                    <Badge
                      size="sm"
                      variant="outline"
                      color={n.consent === 'shareable' ? 'teal.9' : 'gray.8'}
                      tt="none"
                    >
                      {t(`capture.consents.${n.consent}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {time.format(new Date(n.createdAt))}
                      {n.speaker && ` · ${n.speaker}`}
                    </Text>
                  </Group>
                  <Text size="sm">{n.text}</Text>
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={t('capture.remove')}
                  onClick={() => remove.mutate(n.id, { onSuccess: (note) => setRemoved(note) })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          </li>
        ))}
      </Stack>
    </Stack>
  )
}
