import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useDraggable } from '@dnd-kit/core'
import { IconChevronDown, IconGripVertical } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import { DotCounter } from './DotCounter'
import { UserText } from '../../components/UserText'

export const UNSORTED = 'unsorted'

/** What a note is called in labels and announcements: its first words. */
export const excerptOf = (note: Note) => (note.text.length > 60 ? `${note.text.slice(0, 57)}…` : note.text)

/**
 * A note in synthesis: drag it by its handle (pointer or keyboard), or pick its cluster from the
 * "Move to" menu, which is the quickest way with the keyboard alone. Memoised, with handlers that
 * take the note's id: a move or a dot elsewhere does not render this card again. The menu itself
 * is one for the whole page (SynthesisPage), filled only while open.
 */
export const NoteCard = memo(function NoteCard({
  note,
  votes,
  moveOpen,
  onVote,
  onOpenMove
}: {
  note: Note
  votes: number
  /** The shared "Move to" menu is open for this note. */
  moveOpen: boolean
  onVote: (noteId: string, votes: number) => void
  onOpenMove: (noteId: string, anchor: HTMLElement) => void
}) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: note.id })
  const excerpt = excerptOf(note)
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      data-testid="synthesis-note"
      style={{ opacity: isDragging ? 0.5 : 1 }}
    >
      <Group align="start" wrap="nowrap" gap="xs">
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('synthesis.drag', { text: excerpt })}
          {...attributes}
          {...listeners}
          style={{ cursor: 'grab', touchAction: 'none' }}
        >
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <NoteSummary note={note} />
          <Group justify="space-between" gap="xs">
            <DotCounter votes={votes} subject={excerpt} onChange={(v) => onVote(note.id, v)} />
            <Button
              size="compact-xs"
              variant="default"
              rightSection={<IconChevronDown size={12} aria-hidden />}
              aria-label={t('synthesis.moveTo', { text: excerpt })}
              aria-haspopup="menu"
              aria-expanded={moveOpen}
              onClick={(e) => onOpenMove(note.id, e.currentTarget)}
            >
              {t('synthesis.moveButton')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  )
})

/** Type, speaker and text: the card's body, also what is shown under the pointer while dragging. */
export function NoteSummary({ note }: { note: Note }) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap={6}>
        <Badge size="xs" variant="outline" color="indigo.9" tt="none">
          {t(`capture.types.${note.type}`)}
        </Badge>
        {note.speaker && (
          <Text size="xs" c="dimmed" dir="auto">
            {note.speaker}
          </Text>
        )}
      </Group>
      <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
        <UserText text={note.text} />
      </Text>
    </>
  )
}
