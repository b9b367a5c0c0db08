import { ActionIcon, Badge, Group, Paper, Text } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import { NoteEditor } from './NoteEditor'
import { UserText } from '../../components/UserText'

/** What the note editor saves. */
export type NotePatch = Pick<Note, 'type' | 'text' | 'speaker' | 'consent' | 'tags'>

/**
 * One note in the live list: type, consent, time and speaker, tags and links, then the text.
 * Memoised: the handlers take the note's id and keep their identity, so a keystroke, a capture or
 * another note's change does not render this one again.
 */
export const CapturedNote = memo(function CapturedNote({
  note,
  time,
  labelOf,
  onRemove,
  onUpdate,
  removing = false
}: {
  note: Note
  time: Intl.DateTimeFormat
  labelOf: (ref: string) => string
  onRemove: (noteId: string) => void
  onUpdate: (noteId: string, patch: NotePatch, done: () => void) => void
  /** A delete of this note is in flight: a second click must not send a second delete. */
  removing?: boolean
}) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  if (editing)
    return (
      <Paper withBorder radius="md" p="sm">
        <NoteEditor
          note={note}
          onCancel={() => setEditing(false)}
          onSave={(patch) => onUpdate(note.id, patch, () => setEditing(false))}
        />
      </Paper>
    )
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" align="start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6} mb={4}>
            <Badge size="sm" variant="outline" color="indigo.9" tt="none">
              {t(`capture.types.${note.type}`)}
            </Badge>
            <Badge
              size="sm"
              variant="outline"
              color={note.consent === 'shareable' ? 'teal.9' : 'gray.8'}
              tt="none"
            >
              {t(`capture.consents.${note.consent}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {time.format(new Date(note.createdAt))}
              {note.speaker && (
                <>
                  {' · '}
                  <bdi>{note.speaker}</bdi>
                </>
              )}
            </Text>
          </Group>
          <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            <UserText text={note.text} />
          </Text>
          {(note.tags.length > 0 || note.links.length > 0) && (
            <Group gap={4} mt={4}>
              {note.tags.map((tag) => (
                <Badge key={tag} size="xs" variant="outline" color="gray.8" tt="none" dir="auto">
                  #{tag}
                </Badge>
              ))}
              {note.links.map((ref) => (
                <Badge key={ref} size="xs" variant="light" color="indigo.9" tt="none">
                  {labelOf(ref)}
                </Badge>
              ))}
            </Group>
          )}
        </div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={t('capture.edit')} onClick={() => setEditing(true)}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('capture.remove')}
            onClick={() => onRemove(note.id)}
            disabled={removing}
            loading={removing}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  )
})
