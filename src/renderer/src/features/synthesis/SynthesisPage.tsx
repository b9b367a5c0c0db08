import { Button, Grid, Group, Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent
} from '@dnd-kit/core'
import { IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'wouter'
import type { Note } from '../../../../shared/planning/capture'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { useSession } from '../../api/sessions'
import { ActionsPanel } from './ActionsPanel'
import { ClusterColumn } from './ClusterColumn'
import { NoteCard, UNSORTED } from './NoteCard'
import { useSynthesisMutations } from './useSynthesis'

/** After the session: sort notes into named clusters, count the room's dots, agree on actions. */
export function SynthesisPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams<{ id: string }>()
  const session = useSession(id)
  const m = useSynthesisMutations(id)
  const [name, setName] = useState('')
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor)
  )
  const s = session.data
  const notesById = useMemo(() => new Map<string, Note>(s?.captures.map((n) => [n.id, n])), [s?.captures])
  if (session.error) return <ErrorAlert error={session.error} />
  if (!s) return <Loader role="status" aria-label={t('app.loading')} />

  const { clusters, noteVotes } = s.synthesis
  // Dots counted faster than the disk answers: each press counts from the last one still on its
  // way (changes to a session run in order), so no press is lost and none is sent twice.
  const pendingNoteVotes = new Map(m.voteNote.pending.map((v) => [v.noteId, v.votes]))
  const pendingClusterVotes = new Map(
    m.updateCluster.pending.flatMap((v) =>
      v.patch.votes === undefined ? [] : [[v.clusterId, v.patch.votes]]
    )
  )
  const clusterOfNote = new Map<string, string>()
  for (const c of clusters) for (const noteId of c.noteIds) clusterOfNote.set(noteId, c.id)
  const unsorted = s.captures.filter((n) => !clusterOfNote.has(n.id))
  const textOf = (noteId: unknown) => notesById.get(String(noteId))?.text.slice(0, 60) ?? ''
  const placeName = (target: unknown) =>
    target === UNSORTED ? t('synthesis.unsorted') : (clusters.find((c) => c.id === target)?.name ?? '')
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('synthesis.announce.start', { text: textOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('synthesis.announce.over', { text: textOf(active.id), place: placeName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('synthesis.announce.end', { text: textOf(active.id), place: placeName(over.id) })
        : t('synthesis.announce.cancel', { text: textOf(active.id) }),
    onDragCancel: ({ active }) => t('synthesis.announce.cancel', { text: textOf(active.id) })
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return
    const target = over.id === UNSORTED ? null : String(over.id)
    if ((clusterOfNote.get(String(active.id)) ?? null) !== target)
      m.placeNote.mutate({ noteId: String(active.id), clusterId: target })
  }
  const card = (n: Note) => (
    <NoteCard
      key={n.id}
      note={n}
      clusters={clusters}
      clusterId={clusterOfNote.get(n.id) ?? null}
      votes={pendingNoteVotes.get(n.id) ?? noteVotes[n.id] ?? 0}
      onMove={(clusterId) => m.placeNote.mutate({ noteId: n.id, clusterId })}
      onVote={(votes) => m.voteNote.mutate({ noteId: n.id, votes })}
    />
  )
  const error =
    m.addCluster.error ??
    m.updateCluster.error ??
    m.deleteCluster.error ??
    m.placeNote.error ??
    m.voteNote.error

  return (
    <>
      <PageHeader title={t('synthesis.title', { title: s.title })} description={t('synthesis.intro')} />
      <Group mb="md" gap="xs">
        <Button component={Link} href={`/sessions/${s.id}`} variant="default" size="xs">
          {t('capture.back')}
        </Button>
        <Button component={Link} href={`/sessions/${s.id}/live`} variant="default" size="xs">
          {t('capture.run')}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
      <Stack gap="lg">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (name.trim()) m.addCluster.mutate({ name: name.trim() }, { onSuccess: () => setName('') })
          }}
        >
          <Group align="end">
            <TextInput
              label={t('synthesis.newCluster')}
              placeholder={t('synthesis.newClusterPlaceholder')}
              value={name}
              maxLength={LIMITS.synthesis.clusterName}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: '0 1 360px' }}
            />
            <Button
              type="submit"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={m.addCluster.isPending}
            >
              {t('synthesis.addCluster')}
            </Button>
          </Group>
        </form>
        {s.captures.length === 0 && <Text c="dimmed">{t('synthesis.empty')}</Text>}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCorners}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('synthesis.dragHelp') } }}
        >
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ClusterColumn cluster={null} count={unsorted.length}>
                {unsorted.map(card)}
              </ClusterColumn>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {clusters.map((c) => {
                  const notes = c.noteIds.flatMap((noteId) => notesById.get(noteId) ?? [])
                  return (
                    <ClusterColumn
                      key={c.id}
                      cluster={{ ...c, votes: pendingClusterVotes.get(c.id) ?? c.votes }}
                      count={notes.length}
                      onRename={(newName) =>
                        m.updateCluster.mutate({ clusterId: c.id, patch: { name: newName } })
                      }
                      onVote={(votes) => m.updateCluster.mutate({ clusterId: c.id, patch: { votes } })}
                      deleting={m.deleteCluster.pending.some((v) => v.clusterId === c.id)}
                      onDelete={() => m.deleteCluster.mutate({ clusterId: c.id })}
                    >
                      {notes.map(card)}
                    </ClusterColumn>
                  )
                })}
              </SimpleGrid>
            </Grid.Col>
          </Grid>
        </DndContext>
        <ActionsPanel sessionId={s.id} actions={s.synthesis.actions} />
      </Stack>
    </>
  )
}
