import { ActionIcon, Badge, Group, Paper, Text } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import { NoteEditor } from './NoteEditor'

/** One note in the live list: type, consent, time and speaker, tags and links, then the text. */
export function CapturedNote({
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
  onRemove: () => void
  onUpdate: (patch: Partial<Note>, done: () => void) => void
  /** A delete of this note is in flight: a second click must not send a second delete. */
  removing?: boolean
}) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  if (editing)
    return (
      <li data-testid="captured-note">
        <Paper withBorder radius="md" p="sm">
          <NoteEditor
            note={note}
            onCancel={() => setEditing(false)}
            onSave={(patch) => onUpdate(patch, () => setEditing(false))}
          />
        </Paper>
      </li>
    )
  return (
    <li data-testid="captured-note">
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
                {note.speaker && ` · ${note.speaker}`}
              </Text>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {note.text}
            </Text>
            {(note.tags.length > 0 || note.links.length > 0) && (
              <Group gap={4} mt={4}>
                {note.tags.map((tag) => (
                  <Badge key={tag} size="xs" variant="light" color="gray.8" tt="none">
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
              onClick={onRemove}
              disabled={removing}
              loading={removing}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </Paper>
    </li>
  )
}
