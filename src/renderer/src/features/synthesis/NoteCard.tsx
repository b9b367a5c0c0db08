import { ActionIcon, Badge, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core'
import { useDraggable } from '@dnd-kit/core'
import { IconGripVertical } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import type { Cluster } from '../../../../shared/planning/synthesis'
import { DotCounter } from './DotCounter'

export const UNSORTED = 'unsorted'

/**
 * A note in synthesis: drag it by its handle (pointer or keyboard), or pick its cluster from the
 * "Move to" list, which is the quickest way with the keyboard alone.
 */
export function NoteCard({
  note,
  clusters,
  clusterId,
  votes,
  onMove,
  onVote
}: {
  note: Note
  clusters: Cluster[]
  clusterId: string | null
  votes: number
  onMove: (clusterId: string | null) => void
  onVote: (votes: number) => void
}) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: note.id })
  const excerpt = note.text.length > 60 ? `${note.text.slice(0, 57)}…` : note.text
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      data-testid="synthesis-note"
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        opacity: isDragging ? 0.6 : 1,
        position: 'relative',
        zIndex: isDragging ? 10 : undefined
      }}
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
          <Group gap={6}>
            <Badge size="xs" variant="outline" color="indigo.9" tt="none">
              {t(`capture.types.${note.type}`)}
            </Badge>
            {note.speaker && (
              <Text size="xs" c="dimmed">
                {note.speaker}
              </Text>
            )}
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {note.text}
          </Text>
          <Group justify="space-between" gap="xs">
            <DotCounter votes={votes} subject={excerpt} onChange={onVote} />
            <NativeSelect
              size="xs"
              aria-label={t('synthesis.moveTo', { text: excerpt })}
              value={clusterId ?? UNSORTED}
              onChange={(e) => onMove(e.currentTarget.value === UNSORTED ? null : e.currentTarget.value)}
              data={[
                { value: UNSORTED, label: t('synthesis.unsorted') },
                ...clusters.map((c) => ({ value: c.id, label: c.name }))
              ]}
            />
          </Group>
        </Stack>
      </Group>
    </Paper>
  )
}
