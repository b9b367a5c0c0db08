import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { ENTITY_ID_PATTERN, ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { journeyStepSchema, liveSchema, noteSchema } from './capture'
import { synthesisSchema } from './synthesis'

const { session: S, block: B, persona: P } = LIMITS

const text = (max: number) => z.string().max(max)
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time-format')
const date = z.iso.date()
const itemRef = z.string().regex(ITEM_REF_PATTERN)
export const entityId = z.string().regex(ENTITY_ID_PATTERN)

export const consentSchema = z.strictObject({
  chathamHouse: z.boolean(),
  attributableQuotes: z.boolean(),
  photos: z.boolean(),
  note: text(S.consentNote)
})
export type Consent = z.infer<typeof consentSchema>

export const blockSchema = z.strictObject({
  id: entityId,
  title: text(B.title).refine((s) => s.trim().length > 0, 'required'),
  kind: z.enum(['activity', 'break']),
  methodId: z.string().max(LIMITS.id.maxSlug).nullable(),
  durationMinutes: z.int().min(B.minMinutes).max(B.maxMinutes),
  notes: text(B.notes),
  materials: text(B.materials),
  links: z.array(itemRef).max(B.links),
  protected: z.boolean(),
  day: z.int().min(1).max(B.days)
})
export type AgendaBlock = z.infer<typeof blockSchema>

export const personaSchema = z.strictObject({
  id: entityId,
  name: text(P.name).refine((s) => s.trim().length > 0, 'required'),
  age: z.int().min(0).max(P.maxAge).nullable(),
  gender: text(P.gender),
  family: text(P.family),
  education: text(P.education),
  timeSinceArrival: text(P.timeSinceArrival),
  administrativeStatus: text(P.administrativeStatus),
  vulnerabilities: text(P.vulnerabilities),
  story: text(P.story),
  fictional: z.boolean(),
  /** The breakout group this persona is given to, e.g. "Group A". */
  group: text(P.group).nullable()
})
export type Persona = z.infer<typeof personaSchema>

/** The editable facts of a session (everything but identity, timestamps, agenda and personas). */
export const sessionDetailsSchema = z.strictObject({
  title: text(S.title).refine((s) => s.trim().length > 0, 'required'),
  date: date.nullable(),
  startTime: time,
  plannedEnd: time.nullable(),
  timeZone: z.string().min(1).max(S.timeZone),
  place: text(S.place),
  online: z.boolean(),
  languages: z.array(z.enum(LANGUAGES)).max(S.languages),
  audience: text(S.audience),
  objectives: text(S.longText),
  notes: text(S.longText),
  consent: consentSchema
})
export type SessionDetails = z.infer<typeof sessionDetailsSchema>

export const SESSION_VERSION = 6

export const sessionSchema = sessionDetailsSchema.extend({
  schemaVersion: z.literal(SESSION_VERSION),
  /** Committed changes so far; an edit based on another revision is refused (storage/conflict). */
  revision: z.int().min(0),
  id: z.string().regex(RECORD_ID_PATTERN),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  blocks: z.array(blockSchema).max(S.blocks),
  personas: z.array(personaSchema).max(S.personas),
  /** Notes captured while the session runs (not to be confused with `notes`, the facilitator's notes). */
  captures: z.array(noteSchema).max(S.captures),
  journeys: z.array(journeyStepSchema).max(S.journeys),
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

const sessionRef = z.strictObject({ id: z.string().regex(RECORD_ID_PATTERN) })

export const createSessionInput = sessionDetailsSchema.partial().extend({
  title: sessionDetailsSchema.shape.title,
  templateId: z.string().max(LIMITS.id.maxSlug).optional(),
  /** Language in which template block titles and notes are copied into the new session. */
  language: z.enum(LANGUAGES).optional()
})
export const updateSessionInput = sessionRef.extend({ details: sessionDetailsSchema.partial() })
export const setAgendaInput = sessionRef.extend({ blocks: z.array(blockSchema).max(S.blocks) })
export const setPersonasInput = sessionRef.extend({
  personas: z.array(personaSchema).max(S.personas)
})
export const duplicateSessionInput = sessionRef.extend({ title: sessionDetailsSchema.shape.title })
export { sessionRef as sessionRefInput }

/** A session saved by the facilitator as a starting point for later ones (single-language texts). */
export const ownTemplateSchema = z.strictObject({
  id: z.string().regex(RECORD_ID_PATTERN),
  title: sessionDetailsSchema.shape.title,
  startTime: time,
  online: z.boolean(),
  blocks: z.array(blockSchema).max(S.blocks),
  createdAt: z.iso.datetime()
})
export type OwnTemplate = z.infer<typeof ownTemplateSchema>
export const saveTemplateInput = sessionRef.extend({ title: sessionDetailsSchema.shape.title })
