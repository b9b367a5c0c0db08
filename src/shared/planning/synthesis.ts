import { z } from 'zod'

/**
 * Synthesis after a session: notes grouped into named clusters, dot votes the facilitator counts
 * from the room (no participant devices), and action items with an owner and a due date.
 *
 * Cluster membership and votes refer to notes by id and are kept when a note is deleted, so
 * "undo delete" brings a note back into its cluster with its dots; readers skip ids whose note is gone.
 */
export const SYNTHESIS_LIMITS = { clusters: 200, actions: 500, votes: 999, name: 120, action: 500 } as const

const id = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/)
const votes = z.int().min(0).max(SYNTHESIS_LIMITS.votes)
const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1))

export const clusterSchema = z.strictObject({
  id,
  name: z.string().min(1).max(SYNTHESIS_LIMITS.name),
  /** In display order; a note belongs to at most one cluster. */
  noteIds: z.array(id).max(20_000),
  votes
})
export type Cluster = z.infer<typeof clusterSchema>

export const actionItemSchema = z.strictObject({
  id,
  text: z.string().min(1).max(SYNTHESIS_LIMITS.action),
  /** A role, team or pseudonym; free text, may be empty while still to be agreed. */
  owner: z.string().max(120),
  due: z.iso.date().nullable(),
  done: z.boolean(),
  /** The notes this action answers, if any. */
  noteIds: z.array(id).max(20),
  createdAt: z.iso.datetime()
})
export type ActionItem = z.infer<typeof actionItemSchema>

export const synthesisSchema = z.strictObject({
  clusters: z.array(clusterSchema).max(SYNTHESIS_LIMITS.clusters),
  /** Dots per note id; notes without dots are absent. */
  noteVotes: z.record(id, votes),
  actions: z.array(actionItemSchema).max(SYNTHESIS_LIMITS.actions)
})
export type Synthesis = z.infer<typeof synthesisSchema>

export const emptySynthesis = (): Synthesis => ({ clusters: [], noteVotes: {}, actions: [] })

const sessionRef = { sessionId: id }

export const addClusterInput = z.strictObject({
  ...sessionRef,
  name: trimmed(SYNTHESIS_LIMITS.name),
  noteIds: z.array(id).max(20_000).default([])
})
export const updateClusterInput = z.strictObject({
  ...sessionRef,
  clusterId: id,
  patch: z.strictObject({ name: trimmed(SYNTHESIS_LIMITS.name).optional(), votes: votes.optional() })
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
  text: trimmed(SYNTHESIS_LIMITS.action),
  owner: z.string().max(120).default(''),
  due: z.iso.date().nullable().default(null),
  noteIds: z.array(id).max(20).default([])
})
export const updateActionInput = z.strictObject({
  ...sessionRef,
  actionId: id,
  patch: z.strictObject({
    text: trimmed(SYNTHESIS_LIMITS.action).optional(),
    owner: z.string().max(120).optional(),
    due: z.iso.date().nullable().optional(),
    done: z.boolean().optional()
  })
})
export const actionRefInput = z.strictObject({ ...sessionRef, actionId: id })
