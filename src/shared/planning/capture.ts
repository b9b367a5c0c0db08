import { z } from 'zod'
import { ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'

/** What a captured note is; each has a keyboard shortcut in live mode (Ctrl/Cmd + its number). */
export const NOTE_TYPES = [
  'insight',
  'quote',
  'question',
  'idea',
  'action',
  'barrier',
  'enabler',
  'decision'
] as const
export type NoteType = (typeof NOTE_TYPES)[number]

/**
 * Who may see a note. `shareable` can leave the room with its speaker; `anonymous` leaves without
 * one; `internal` stays with the facilitators; `not-for-export` never leaves the notebook.
 */
export const CONSENT_FLAGS = ['shareable', 'anonymous', 'internal', 'not-for-export'] as const
export type ConsentFlag = (typeof CONSENT_FLAGS)[number]

const N = LIMITS.note
const itemRef = z.string().regex(ITEM_REF_PATTERN)
const tag = z.string().regex(new RegExp(`^[\\p{L}\\p{N}-]{1,${N.tagLength}}$`, 'u'))
/** A reference to an agenda block or persona, which may since have been deleted. */
const entityRef = z.string().max(LIMITS.id.max)
const recordId = z.string().regex(RECORD_ID_PATTERN)

export const noteSchema = z.strictObject({
  id: recordId,
  createdAt: z.iso.datetime(),
  /** The agenda block running when the note was taken, if any. */
  blockId: entityRef.nullable(),
  /** Seconds since the session went live; null when captured outside live mode. */
  elapsedSeconds: z.int().min(0).nullable(),
  type: z.enum(NOTE_TYPES),
  text: z.string().min(1).max(N.text),
  links: z.array(itemRef).max(N.links),
  tags: z.array(tag).max(N.tags),
  /** A pseudonym of a person or a group name, never a real name; dropped for anonymous notes. */
  speaker: z.string().max(N.speaker).nullable(),
  consent: z.enum(CONSENT_FLAGS)
})
export type Note = z.infer<typeof noteSchema>

export const liveSchema = z.strictObject({
  startedAt: z.iso.datetime().nullable(),
  /** Actual start and end of each block as run, keyed by block id. */
  blocks: z.record(entityRef, z.strictObject({ start: z.iso.datetime(), end: z.iso.datetime().nullable() }))
})
export type LiveState = z.infer<typeof liveSchema>

const sessionRef = { sessionId: recordId }

export const addNoteInput = z.strictObject({
  ...sessionRef,
  type: z.enum(NOTE_TYPES),
  text: z
    .string()
    .max(N.text)
    .transform((s) => s.trim())
    .pipe(z.string().min(1)),
  blockId: entityRef.nullable(),
  links: z.array(itemRef).max(N.links).default([]),
  tags: z.array(tag).max(N.tags).default([]),
  speaker: z.string().max(N.speaker).nullable().default(null),
  /** Defaults from the session's consent settings when omitted. */
  consent: z.enum(CONSENT_FLAGS).optional()
})
export type AddNoteInput = z.input<typeof addNoteInput>

export const noteRefInput = z.strictObject({ ...sessionRef, noteId: noteSchema.shape.id })
export const updateNoteInput = noteRefInput.extend({
  patch: noteSchema
    .pick({ type: true, text: true, links: true, tags: true, speaker: true, consent: true })
    .partial()
})
export const liveMarkInput = z.strictObject({
  ...sessionRef,
  blockId: entityRef,
  event: z.enum(['start', 'end'])
})

/** Default consent for a new note: internal under Chatham House, otherwise shareable. */
/**
 * Under the Chatham House rule what is said may be used, but not who said it: notes default to
 * anonymous (they reach exports without a speaker), not to internal (which would keep everything
 * out of every export). Internal stays one keystroke away in live mode.
 */
export function defaultNoteConsent(consent: { chathamHouse: boolean }): ConsentFlag {
  return consent.chathamHouse ? 'anonymous' : 'shareable'
}

/** The storytelling method's journeys: where a persona tried to go, and whether it was a door or a wall. */
export const PLACES = ['institution', 'service', 'space'] as const
export type Place = (typeof PLACES)[number]

export const journeyStepSchema = z.strictObject({
  id: recordId,
  personaId: entityRef,
  place: z.enum(PLACES),
  label: z.string().min(1).max(LIMITS.journey.label),
  outcome: z.enum(['door', 'wall']),
  note: z.string().max(LIMITS.journey.note),
  createdAt: z.iso.datetime()
})
export type JourneyStep = z.infer<typeof journeyStepSchema>

export const addJourneyStepInput = z.strictObject({
  ...sessionRef,
  personaId: entityRef,
  place: z.enum(PLACES),
  label: z
    .string()
    .max(LIMITS.journey.label)
    .transform((s) => s.trim())
    .pipe(z.string().min(1)),
  outcome: z.enum(['door', 'wall']),
  note: z.string().max(LIMITS.journey.note).default('')
})
export const journeyStepRefInput = z.strictObject({ ...sessionRef, stepId: journeyStepSchema.shape.id })
export const updateJourneyStepInput = journeyStepRefInput.extend({
  patch: journeyStepSchema.pick({ place: true, label: true, outcome: true, note: true }).partial()
})
