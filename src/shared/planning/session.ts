import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { CAPTURE_LIMITS, journeyStepSchema, liveSchema, noteSchema } from './capture'
import { synthesisSchema } from './synthesis'

/** Limits from the issue: durations 1–480 minutes, at most 300 blocks; texts bounded. */
export const SESSION_LIMITS = {
  blocks: 300,
  minDuration: 1,
  maxDuration: 480,
  title: 200,
  text: 10_000,
  personas: 60,
  links: 20
} as const

const text = (max: number = SESSION_LIMITS.text) => z.string().max(max)
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time-format')
const date = z.iso.date()
const itemRef = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|yours):[A-Za-z0-9_-]{1,80}$/)
export const entityId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/)

export const consentSchema = z.strictObject({
  chathamHouse: z.boolean(),
  attributableQuotes: z.boolean(),
  photos: z.boolean(),
  note: text(2000)
})
export type Consent = z.infer<typeof consentSchema>

export const blockSchema = z.strictObject({
  id: entityId,
  title: text(SESSION_LIMITS.title).refine((s) => s.trim().length > 0, 'required'),
  kind: z.enum(['activity', 'break']),
  methodId: z.string().max(80).nullable(),
  durationMinutes: z.int().min(SESSION_LIMITS.minDuration).max(SESSION_LIMITS.maxDuration),
  notes: text(),
  materials: text(2000),
  links: z.array(itemRef).max(SESSION_LIMITS.links),
  protected: z.boolean(),
  day: z.int().min(1).max(7)
})
export type AgendaBlock = z.infer<typeof blockSchema>

export const personaSchema = z.strictObject({
  id: entityId,
  name: text(60).refine((s) => s.trim().length > 0, 'required'),
  age: z.int().min(0).max(120).nullable(),
  gender: text(100),
  family: text(300),
  education: text(300),
  timeSinceArrival: text(100),
  administrativeStatus: text(300),
  vulnerabilities: text(2000),
  story: text(4000),
  fictional: z.boolean(),
  /** The breakout group this persona is given to, e.g. "Group A". */
  group: text(60).nullable()
})
export type Persona = z.infer<typeof personaSchema>

/** The editable facts of a session (everything but identity, timestamps, agenda and personas). */
export const sessionDetailsSchema = z.strictObject({
  title: text(SESSION_LIMITS.title).refine((s) => s.trim().length > 0, 'required'),
  date: date.nullable(),
  startTime: time,
  plannedEnd: time.nullable(),
  timeZone: z.string().min(1).max(64),
  place: text(300),
  online: z.boolean(),
  languages: z.array(z.enum(LANGUAGES)).max(3),
  audience: text(2000),
  objectives: text(),
  notes: text(),
  consent: consentSchema
})
export type SessionDetails = z.infer<typeof sessionDetailsSchema>

export const SESSION_VERSION = 5

export const sessionSchema = sessionDetailsSchema.extend({
  schemaVersion: z.literal(SESSION_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  blocks: z.array(blockSchema).max(SESSION_LIMITS.blocks),
  personas: z.array(personaSchema).max(SESSION_LIMITS.personas),
  /** Notes captured while the session runs (not to be confused with `notes`, the facilitator's notes). */
  captures: z.array(noteSchema).max(CAPTURE_LIMITS.notes),
  journeys: z.array(journeyStepSchema).max(2000),
  live: liveSchema,
  synthesis: synthesisSchema
})
export type Session = z.infer<typeof sessionSchema>

export const defaultConsent = (): Consent => ({
  chathamHouse: true,
  attributableQuotes: false,
  photos: false,
  note: ''
})

/** Details for a new session: sensible defaults, overridden by what the facilitator typed. */
export function newSessionDetails(
  title: string,
  overrides: Partial<SessionDetails> = {},
  timeZone = 'UTC'
): SessionDetails {
  return {
    title,
    date: null,
    startTime: '09:00',
    plannedEnd: null,
    timeZone,
    place: '',
    online: false,
    languages: [],
    audience: '',
    objectives: '',
    notes: '',
    consent: defaultConsent(),
    ...overrides
  }
}

const sessionRef = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/) })

export const createSessionInput = sessionDetailsSchema.partial().extend({
  title: sessionDetailsSchema.shape.title,
  templateId: z.string().max(80).optional(),
  /** Language in which template block titles and notes are copied into the new session. */
  language: z.enum(LANGUAGES).optional()
})
export const updateSessionInput = sessionRef.extend({ details: sessionDetailsSchema.partial() })
export const setAgendaInput = sessionRef.extend({ blocks: z.array(blockSchema).max(SESSION_LIMITS.blocks) })
export const setPersonasInput = sessionRef.extend({
  personas: z.array(personaSchema).max(SESSION_LIMITS.personas)
})
export const duplicateSessionInput = sessionRef.extend({ title: sessionDetailsSchema.shape.title })
export { sessionRef as sessionRefInput }

/** A session saved by the facilitator as a starting point for later ones (single-language texts). */
export const ownTemplateSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  title: sessionDetailsSchema.shape.title,
  startTime: time,
  online: z.boolean(),
  blocks: z.array(blockSchema).max(SESSION_LIMITS.blocks),
  createdAt: z.iso.datetime()
})
export type OwnTemplate = z.infer<typeof ownTemplateSchema>
export const saveTemplateInput = sessionRef.extend({ title: sessionDetailsSchema.shape.title })
