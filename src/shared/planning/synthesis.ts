import { z } from 'zod'
import { RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'

/**
 * Synthesis after a session: notes grouped into named clusters, dot votes the facilitator counts
 * from the room (no participant devices), and action items with an owner and a due date.
 *
 * Cluster membership and votes refer to notes by id and are kept when a note is deleted, so
 * "undo delete" brings a note back into its cluster with its dots; readers skip ids whose note is gone.
 */
const L = LIMITS.synthesis

const id = z.string().regex(RECORD_ID_PATTERN)
const votes = z.int().min(0).max(L.votes)
const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1))

export const clusterSchema = z.strictObject({
  id,
  name: z.string().min(1).max(L.clusterName),
  /** In display order; a note belongs to at most one cluster. */
  noteIds: z.array(id).max(L.clusterNotes),
  votes
})
export type Cluster = z.infer<typeof clusterSchema>

export const actionItemSchema = z.strictObject({
  id,
  text: z.string().min(1).max(L.actionText),
  /** A role, team or pseudonym; free text, may be empty while still to be agreed. */
  owner: z.string().max(L.actionOwner),
  due: z.iso.date().nullable(),
  done: z.boolean(),
  /** The notes this action answers, if any. */
  noteIds: z.array(id).max(L.actionNotes),
  createdAt: z.iso.datetime()
})
export type ActionItem = z.infer<typeof actionItemSchema>

export const synthesisSchema = z.strictObject({
  clusters: z.array(clusterSchema).max(L.clusters),
  /** Dots per note id; notes without dots are absent. */
  noteVotes: z.record(id, votes),
  actions: z.array(actionItemSchema).max(L.actions)
})
export type Synthesis = z.infer<typeof synthesisSchema>

export const emptySynthesis = (): Synthesis => ({ clusters: [], noteVotes: {}, actions: [] })

const sessionRef = { sessionId: id }

export const addClusterInput = z.strictObject({
  ...sessionRef,
  name: trimmed(L.clusterName),
  noteIds: z.array(id).max(L.clusterNotes).default([])
})
export const updateClusterInput = z.strictObject({
  ...sessionRef,
  clusterId: id,
  patch: z.strictObject({ name: trimmed(L.clusterName).optional(), votes: votes.optional() })
})
export const clusterRefInput = z.strictObject({ ...sessionRef, clusterId: id })
/** Put a note into a cluster at a position (end when omitted), or back among the unsorted notes. */
export const placeNoteInput = z.strictObject({
  ...sessionRef,
  noteId: id,
  clusterId: id.nullable(),
  index: z.int().min(0).optional()
})
export const voteNoteInput = z.strictObject({ ...sessionRef, noteId: id, votes })

export const addActionInput = z.strictObject({
  ...sessionRef,
  text: trimmed(L.actionText),
  owner: z.string().max(L.actionOwner).default(''),
  due: z.iso.date().nullable().default(null),
  noteIds: z.array(id).max(L.actionNotes).default([])
})
export const updateActionInput = z.strictObject({
  ...sessionRef,
  actionId: id,
  patch: z.strictObject({
    text: trimmed(L.actionText).optional(),
    owner: z.string().max(L.actionOwner).optional(),
    due: z.iso.date().nullable().optional(),
    done: z.boolean().optional()
  })
})
export const actionRefInput = z.strictObject({ ...sessionRef, actionId: id })
