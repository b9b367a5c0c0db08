import { z } from 'zod'
import { liveSchema, noteSchema, type Note } from '../../shared/planning/capture'
import { clusterSchema } from '../../shared/planning/synthesis'
import type { SessionFile } from './schemas'

const noteId = noteSchema.shape.id
const rev = z.int().min(1)

/**
 * Small changes a session's journal records next to captured notes, so a vote, a move, a live
 * mark or a note edit costs one appended line, not a rewrite of the whole session file. Each
 * line says what the target looks like afterwards (never "add one"), so replaying a line the file
 * already holds — a crash between a rewrite and the journal's compaction — changes nothing.
 */
export const journalOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('note'), note: noteSchema, rev }),
  z.strictObject({ op: z.literal('drop-note'), noteId, rev }),
  z.strictObject({ op: z.literal('restore-note'), note: noteSchema, rev }),
  z.strictObject({ op: z.literal('vote'), noteId, votes: clusterSchema.shape.votes, rev }),
  z.strictObject({
    op: z.literal('cluster'),
    clusterId: clusterSchema.shape.id,
    name: clusterSchema.shape.name,
    votes: clusterSchema.shape.votes,
    rev
  }),
  z.strictObject({
    op: z.literal('place'),
    noteId,
    clusterId: clusterSchema.shape.id.nullable(),
    index: z.int().min(0).optional(),
    rev
  }),
  z.strictObject({ op: z.literal('live'), live: liveSchema, rev })
])
export type JournalOp = z.infer<typeof journalOpSchema>
/** An op as a service describes it; the store adds the revision it produced. */
export type JournalOpBody = JournalOp extends infer O
  ? O extends { rev: number }
    ? Omit<O, 'rev'>
    : never
  : never

export type JournalEntry = Note | JournalOp

export const isOp = (entry: JournalEntry): entry is JournalOp => 'op' in entry

/** One journal line: a captured note, or an op. Anything else was never acknowledged. */
export function parseEntry(value: unknown): JournalEntry | null {
  const op = journalOpSchema.safeParse(value)
  if (op.success) return op.data
  const note = noteSchema.safeParse(value)
  return note.success ? note.data : null
}

/** Insert a note where its time puts it (undo of a delete), unless it is there already. */
export function insertByTime(captures: Note[], note: Note): void {
  if (captures.some((n) => n.id === note.id)) return
  const at = captures.findIndex((n) => n.createdAt > note.createdAt)
  captures.splice(at === -1 ? captures.length : at, 0, note)
}

/** Put a note into a cluster (or back on the unsorted pile) at `index`. */
export function placeNote(session: SessionFile, noteId: string, clusterId: string | null, index?: number) {
  const target = clusterId === null ? null : session.synthesis.clusters.find((c) => c.id === clusterId)
  for (const cluster of session.synthesis.clusters)
    cluster.noteIds = cluster.noteIds.filter((id) => id !== noteId)
  target?.noteIds.splice(Math.min(index ?? target.noteIds.length, target.noteIds.length), 0, noteId)
}

/** Replay one op on a loaded session; a target that is gone makes it a no-op. */
export function applyOp(session: SessionFile, op: JournalOp): void {
  switch (op.op) {
    case 'note': {
      const i = session.captures.findIndex((n) => n.id === op.note.id)
      if (i !== -1) session.captures[i] = op.note
      break
    }
    case 'drop-note':
      session.captures = session.captures.filter((n) => n.id !== op.noteId)
      break
    case 'restore-note':
      insertByTime(session.captures, op.note)
      break
    case 'vote':
      if (!session.captures.some((n) => n.id === op.noteId)) break
      if (op.votes === 0) delete session.synthesis.noteVotes[op.noteId]
      else session.synthesis.noteVotes[op.noteId] = op.votes
      break
    case 'cluster': {
      const cluster = session.synthesis.clusters.find((c) => c.id === op.clusterId)
      if (cluster) Object.assign(cluster, { name: op.name, votes: op.votes })
      break
    }
    case 'place':
      if (session.captures.some((n) => n.id === op.noteId))
        placeNote(session, op.noteId, op.clusterId, op.index)
      break
    case 'live':
      session.live = op.live
      break
  }
  session.revision = Math.max(session.revision, op.rev)
}
