import { ActionIcon, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note } from '../../../../shared/planning/capture'
import type { Cluster } from '../../../../shared/planning/synthesis'
import { LIMITS } from '../../../../shared/limits'
import { VirtualList, type VirtualListHandle } from '../../components/VirtualList'
import { DotCounter } from './DotCounter'
import { UNSORTED } from './NoteCard'

/**
 * A drop target: the unsorted pile (no cluster) or one named cluster with its own dots. The whole
 * column is the target (not each card), so a note can be dropped on it wherever it is scrolled to;
 * its notes scroll inside it and only those in view are rendered.
 */
export function ClusterColumn({
  cluster,
  votes = 0,
  notes,
  renderNote,
  onRename,
  onVote,
  onDelete,
  deleting = false,
  landed = null
}: {
  cluster: Cluster | null
  /** The cluster's dots, counting presses still on their way to the disk. */
  votes?: number
  notes: readonly Note[]
  renderNote: (note: Note) => ReactNode
  onRename?: (clusterId: string, name: string) => void
  onVote?: (clusterId: string, votes: number) => void
  onDelete?: (clusterId: string) => void
  /** Its delete is in flight: the button stays disabled so it is sent once. */
  deleting?: boolean
  /** The note just moved (one object per move): the column it landed in scrolls to show it. */
  landed?: { noteId: string } | null
}) {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: cluster?.id ?? UNSORTED })
  const [name, setName] = useState(cluster?.name ?? '')
  const commit = () => {
    const value = name.trim()
    if (!cluster || !onRename) return
    if (value && value !== cluster.name) onRename(cluster.id, value)
    else setName(cluster.name)
  }
  const list = useRef<VirtualListHandle>(null)
  useEffect(() => {
    const index = landed ? notes.findIndex((n) => n.id === landed.noteId) : -1
    if (index !== -1) list.current?.scrollToIndex(index, 'auto')
    // Once per move: not again when the column's notes change later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landed])
  const label = cluster ? t('synthesis.clusterLabel', { name: cluster.name }) : t('synthesis.unsorted')
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="lg"
      p="sm"
      bg={isOver ? 'indigo.0' : cluster ? undefined : 'gray.0'}
      component="section"
      aria-label={label}
      data-testid={cluster ? 'cluster' : 'unsorted'}
      style={{ minHeight: 120 }}
    >
      <Stack gap="xs">
        {cluster ? (
          <Group justify="space-between" align="end" wrap="nowrap">
            <TextInput
              label={t('synthesis.clusterName')}
              size="xs"
              value={name}
              maxLength={LIMITS.synthesis.clusterName}
              onChange={(e) => setName(e.currentTarget.value)}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  commit()
                }
              }}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('synthesis.deleteCluster', { name: cluster.name })}
              onClick={() => onDelete?.(cluster.id)}
              disabled={deleting}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : (
          <Title order={3} size="h5">
            {t('synthesis.unsorted')}
          </Title>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('capture.count', { count: notes.length })}
          </Text>
          {cluster && onVote && (
            <DotCounter votes={votes} subject={cluster.name} onChange={(v) => onVote(cluster.id, v)} />
          )}
        </Group>
        <VirtualList
          ref={list}
          items={notes}
          getKey={noteKey}
          renderItem={renderNote}
          estimateSize={118}
          gap={6}
          // The pile reaches down to the window's bottom; clusters, side by side, stay shorter.
          maxHeight={cluster ? 'min(50vh, 32rem)' : 'fill'}
          fill={{ min: 320, bottom: 24 }}
          label={label}
        />
      </Stack>
    </Paper>
  )
}

const noteKey = (n: Note) => n.id
