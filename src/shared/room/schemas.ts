import { z } from 'zod'
import { RECORD_ID_PATTERN } from '../ids'
import { NOTE_TYPES } from '../planning/capture'
import { ROOM_CODE_PATTERN, ROOM_KINDS, ROOM_LIMITS as L } from './constants'

/**
 * Validation for both sides of the room: the participant API's bodies (parsed in main, never in
 * the phone's bundle) and the facilitator's `room:*` channel inputs.
 */

const recordId = z.string().regex(RECORD_ID_PATTERN)
/** Cluster ids are record ids; anything else in a vote is refused. */
const clusterId = recordId
const code = z.string().regex(ROOM_CODE_PATTERN)
const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())

export const roomStatusBody = z.strictObject({ code })

export const roomSubmitBody = z.strictObject({
  code,
  text: trimmed(L.text).pipe(z.string().min(1)),
  kind: z.enum(ROOM_KINDS),
  pseudonym: trimmed(L.pseudonym)
    .optional()
    .transform((s) => (s ? s : null))
})
export type RoomSubmit = z.output<typeof roomSubmitBody>

export const roomVoteBody = z.strictObject({
  code,
  votes: z
    .record(clusterId, z.int().min(0).max(L.maxDots))
    .refine((v) => Object.keys(v).length <= L.clusters, 'too-many-clusters')
})
export type RoomVote = z.output<typeof roomVoteBody>

const sessionRef = { sessionId: recordId }

export const roomSessionInput = z.strictObject(sessionRef)

/** `host` must be one of the addresses `room:interfaces` lists; main checks it again. */
export const roomOpenInput = z.strictObject({
  ...sessionRef,
  host: z.union([z.ipv4(), z.ipv6()]),
  dots: z.int().min(1).max(L.maxDots).optional(),
  /** Bring back the room a lock closed (same port and code) when there is one on `host`. */
  resume: z.boolean().optional()
})

export const roomItemInput = z.strictObject({ ...sessionRef, itemId: recordId })

/** Accept a contribution; `type` overrides the note type its kind maps to. */
export const roomAcceptInput = roomItemInput.extend({ type: z.enum(NOTE_TYPES).optional() })

/** Change what the room sees; omitted fields keep their published value. */
export const roomPublishInput = z.strictObject({
  ...sessionRef,
  prompt: trimmed(L.prompt)
    .transform((s) => (s ? s : null))
    .nullable()
    .optional(),
  clusterIds: z.array(clusterId).max(L.clusters).optional(),
  dots: z.int().min(1).max(L.maxDots).optional(),
  showContributions: z.boolean().optional(),
  showVotes: z.boolean().optional()
})
export type RoomPublishInput = z.output<typeof roomPublishInput>
