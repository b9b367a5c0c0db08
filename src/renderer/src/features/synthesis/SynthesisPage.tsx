import { Button, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'
import { IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'wouter'
import type { Note } from '../../../../shared/planning/capture'
import type { Session } from '../../../../shared/planning/session'
import { LIMITS } from '../../../../shared/limits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { useSession } from '../../api/sessions'
import { useStableCallback } from '../../hooks/useStableCallback'
import { ActionsPanel } from './ActionsPanel'
import { ClusterColumn } from './ClusterColumn'
import { MoveMenu, type MoveTarget } from './MoveMenu'
import { excerptOf, NoteCard, NoteSummary, UNSORTED } from './NoteCard'
import { useSynthesisMutations } from './useSynthesis'

/** After the session: sort notes into named clusters, count the room's dots, agree on actions. */
export function SynthesisPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams<{ id: string }>()
  const session = useSession(id)
  if (session.error) return <ErrorAlert error={session.error} />
  if (!session.data) return <Loader role="status" aria-label={t('app.loading')} />
  return <SynthesisBoard s={session.data} />
}

/** The pointer drops where it points; the keyboard moves a note's whole card onto a column. */
const collisionDetection: CollisionDetection = (args) => {
  const pointed = pointerWithin(args)
  return pointed.length > 0 ? pointed : rectIntersection(args)
}

/**
 * Arrow keys move a picked-up note from column to column (Right/Down: the next one, Left/Up: the
 * previous one) instead of 25 pixels at a time, so every cluster is a few presses away however
 * long the columns are and wherever they are scrolled to.
 */
const columnSteps = (
  order: () => string[],
  columnOf: (noteId: string) => string
): KeyboardCoordinateGetter => {
  const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
  return (event, { active, context, currentCoordinates }) => {
    const step = steps[event.code]
    const dragged = context.collisionRect
    if (step === undefined || !dragged) return undefined
    event.preventDefault()
    const ids = order()
    const from = ids.indexOf(context.over ? String(context.over.id) : columnOf(String(active)))
    const to = ids[Math.max(0, Math.min(ids.length - 1, from + step))]
    const rect = to === undefined ? undefined : context.droppableRects.get(to)
    if (!rect) return undefined
    // Centre the card on the column (or on its top part when the column is taller than the window).
    const x = rect.left + rect.width / 2 - dragged.width / 2
    const y = rect.top + Math.min(rect.height / 2, 160) - dragged.height / 2
    return { x: currentCoordinates.x + (x - dragged.left), y: currentCoordinates.y + (y - dragged.top) }
  }
}

function SynthesisBoard({ s }: { s: Session }) {
  const { t } = useTranslation()
  const m = useSynthesisMutations(s.id)
  const [name, setName] = useState('')
  const [moving, setMoving] = useState<MoveTarget | null>(null)
  const [dragged, setDragged] = useState<string | null>(null)
  const [landed, setLanded] = useState<{ noteId: string } | null>(null)
  const { clusters, noteVotes } = s.synthesis

  const notesById = useMemo(() => new Map<string, Note>(s.captures.map((n) => [n.id, n])), [s.captures])
  const clusterOfNote = useMemo(() => {
    const map = new Map<string, string>()
    for (const c of clusters) for (const noteId of c.noteIds) map.set(noteId, c.id)
    return map
  }, [clusters])
  const unsorted = useMemo(
    () => s.captures.filter((n) => !clusterOfNote.has(n.id)),
    [s.captures, clusterOfNote]
  )
  const notesOf = useMemo(
    () => new Map(clusters.map((c) => [c.id, c.noteIds.flatMap((noteId) => notesById.get(noteId) ?? [])])),
    [clusters, notesById]
  )

  const order = useStableCallback(() => [UNSORTED, ...clusters.map((c) => c.id)])
  const columnOf = useStableCallback((noteId: string) => clusterOfNote.get(noteId) ?? UNSORTED)
  const keyboard = useMemo(() => ({ coordinateGetter: columnSteps(order, columnOf) }), [order, columnOf])
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, keyboard)
  )

  // Dots counted faster than the disk answers: each press counts from the last one still on its
  // way (changes to a session run in order), so no press is lost and none is sent twice.
  const pendingNoteVotes = new Map(m.voteNote.pending.map((v) => [v.noteId, v.votes]))
  const pendingClusterVotes = new Map(
    m.updateCluster.pending.flatMap((v) =>
      v.patch.votes === undefined ? [] : [[v.clusterId, v.patch.votes]]
    )
  )
  const deleting = new Set(m.deleteCluster.pending.map((v) => v.clusterId))

  const move = useStableCallback((noteId: string, place: string) => {
    const target = place === UNSORTED ? null : place
    if ((clusterOfNote.get(noteId) ?? null) !== target)
      m.placeNote.mutate({ noteId, clusterId: target }, { onSuccess: () => setLanded({ noteId }) })
  })
  const voteNote = useStableCallback((noteId: string, votes: number) => m.voteNote.mutate({ noteId, votes }))
  const openMove = useStableCallback((noteId: string, anchor: HTMLElement) => {
    const note = notesById.get(noteId)
    if (!note || moving?.noteId === noteId) return setMoving(null)
    setMoving({ noteId, anchor, excerpt: excerptOf(note), place: clusterOfNote.get(noteId) ?? UNSORTED })
  })
  const closeMove = useStableCallback(() => setMoving(null))
  const rename = useStableCallback((clusterId: string, newName: string) =>
    m.updateCluster.mutate({ clusterId, patch: { name: newName } })
  )
  const voteCluster = useStableCallback((clusterId: string, votes: number) =>
    m.updateCluster.mutate({ clusterId, patch: { votes } })
  )
  const deleteCluster = useStableCallback((clusterId: string) => m.deleteCluster.mutate({ clusterId }))

  const card = (n: Note) => (
    <NoteCard
      note={n}
      votes={pendingNoteVotes.get(n.id) ?? noteVotes[n.id] ?? 0}
      moveOpen={moving?.noteId === n.id}
      onVote={voteNote}
      onOpenMove={openMove}
    />
  )

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
  const onDragStart = ({ active }: DragStartEvent) => setDragged(String(active.id))
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null)
    if (over) move(String(active.id), String(over.id))
  }
  const draggedNote = dragged === null ? undefined : notesById.get(dragged)
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
          collisionDetection={collisionDetection}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(null)}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('synthesis.dragHelp') } }}
        >
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ClusterColumn cluster={null} notes={unsorted} renderNote={card} landed={landed} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                {clusters.map((c) => (
                  <ClusterColumn
                    key={c.id}
                    cluster={c}
                    votes={pendingClusterVotes.get(c.id) ?? c.votes}
                    notes={notesOf.get(c.id) ?? []}
                    renderNote={card}
                    onRename={rename}
                    onVote={voteCluster}
                    deleting={deleting.has(c.id)}
                    onDelete={deleteCluster}
                    landed={landed}
                  />
                ))}
              </SimpleGrid>
            </Grid.Col>
          </Grid>
          <DragOverlay dropAnimation={null}>
            {draggedNote && (
              <Paper withBorder radius="md" p="xs" shadow="md" style={{ cursor: 'grabbing' }}>
                <Stack gap={4}>
                  <NoteSummary note={draggedNote} />
                </Stack>
              </Paper>
            )}
          </DragOverlay>
        </DndContext>
        <MoveMenu target={moving} places={clusters} onMove={move} onClose={closeMove} />
        <ActionsPanel sessionId={s.id} actions={s.synthesis.actions} />
      </Stack>
    </>
  )
}
