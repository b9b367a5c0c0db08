import { z } from 'zod'

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

export const CAPTURE_LIMITS = { text: 5000, notes: 20_000, tags: 10, links: 10, speaker: 60 } as const

const itemRef = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|yours):[A-Za-z0-9_-]{1,80}$/)
const tag = z.string().regex(/^[\p{L}\p{N}-]{1,40}$/u)

export const noteSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  createdAt: z.iso.datetime(),
  /** The agenda block running when the note was taken, if any. */
  blockId: z.string().max(40).nullable(),
  /** Seconds since the session went live; null when captured outside live mode. */
  elapsedSeconds: z.int().min(0).nullable(),
  type: z.enum(NOTE_TYPES),
  text: z.string().min(1).max(CAPTURE_LIMITS.text),
  links: z.array(itemRef).max(CAPTURE_LIMITS.links),
  tags: z.array(tag).max(CAPTURE_LIMITS.tags),
  /** A pseudonym of a person or a group name, never a real name; dropped for anonymous notes. */
  speaker: z.string().max(CAPTURE_LIMITS.speaker).nullable(),
  consent: z.enum(CONSENT_FLAGS)
})
export type Note = z.infer<typeof noteSchema>

export const liveSchema = z.strictObject({
  startedAt: z.iso.datetime().nullable(),
  /** Actual start and end of each block as run, keyed by block id. */
  blocks: z.record(
    z.string().max(40),
    z.strictObject({ start: z.iso.datetime(), end: z.iso.datetime().nullable() })
  )
})
export type LiveState = z.infer<typeof liveSchema>

const sessionRef = { sessionId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/) }

export const addNoteInput = z.strictObject({
  ...sessionRef,
  type: z.enum(NOTE_TYPES),
  text: z
    .string()
    .max(CAPTURE_LIMITS.text)
    .transform((s) => s.trim())
    .pipe(z.string().min(1)),
  blockId: z.string().max(40).nullable(),
  links: z.array(itemRef).max(CAPTURE_LIMITS.links).default([]),
  tags: z.array(tag).max(CAPTURE_LIMITS.tags).default([]),
  speaker: z.string().max(CAPTURE_LIMITS.speaker).nullable().default(null),
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
  blockId: z.string().max(40),
  event: z.enum(['start', 'end'])
})

/** Default consent for a new note: internal under Chatham House, otherwise shareable. */
export function defaultNoteConsent(consent: { chathamHouse: boolean }): ConsentFlag {
  return consent.chathamHouse ? 'internal' : 'shareable'
}

/** The storytelling method's journeys: where a persona tried to go, and whether it was a door or a wall. */
export const PLACES = ['institution', 'service', 'space'] as const
export type Place = (typeof PLACES)[number]

export const journeyStepSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  personaId: z.string().max(40),
  place: z.enum(PLACES),
  label: z.string().min(1).max(200),
  outcome: z.enum(['door', 'wall']),
  note: z.string().max(2000),
  createdAt: z.iso.datetime()
})
export type JourneyStep = z.infer<typeof journeyStepSchema>

export const addJourneyStepInput = z.strictObject({
  ...sessionRef,
  personaId: z.string().max(40),
  place: z.enum(PLACES),
  label: z
    .string()
    .max(200)
    .transform((s) => s.trim())
    .pipe(z.string().min(1)),
  outcome: z.enum(['door', 'wall']),
  note: z.string().max(2000).default('')
})
export const journeyStepRefInput = z.strictObject({ ...sessionRef, stepId: journeyStepSchema.shape.id })
export const updateJourneyStepInput = journeyStepRefInput.extend({
  patch: journeyStepSchema.pick({ place: true, label: true, outcome: true, note: true }).partial()
})
