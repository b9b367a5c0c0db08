import { ActionIcon, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDroppable } from '@dnd-kit/core'
import { IconTrash } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster } from '../../../../shared/planning/synthesis'
import { LIMITS } from '../../../../shared/limits'
import { DotCounter } from './DotCounter'

/** A drop target: the unsorted pile (no cluster) or one named cluster with its own dots. */
export function ClusterColumn({
  cluster,
  count,
  onRename,
  onVote,
  onDelete,
  deleting = false,
  children
}: {
  cluster: Cluster | null
  count: number
  onRename?: (name: string) => void
  onVote?: (votes: number) => void
  onDelete?: () => void
  /** Its delete is in flight: the button stays disabled so it is sent once. */
  deleting?: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: cluster?.id ?? 'unsorted' })
  const [name, setName] = useState(cluster?.name ?? '')
  const commit = () => {
    const value = name.trim()
    if (!cluster || !onRename) return
    if (value && value !== cluster.name) onRename(value)
    else setName(cluster.name)
  }
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="lg"
      p="sm"
      bg={isOver ? 'indigo.0' : cluster ? undefined : 'gray.0'}
      component="section"
      aria-label={cluster ? t('synthesis.clusterLabel', { name: cluster.name }) : t('synthesis.unsorted')}
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
              onClick={onDelete}
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
            {t('capture.count', { count })}
          </Text>
          {cluster && onVote && <DotCounter votes={cluster.votes} subject={cluster.name} onChange={onVote} />}
        </Group>
        <Stack gap={6}>{children}</Stack>
      </Stack>
    </Paper>
  )
}
