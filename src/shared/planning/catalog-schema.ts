import { z } from 'zod'
import { localizedLong, localizedShort } from '../content/schema'
import { CATALOG_ITEM_REF_PATTERN, SLUG_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'

/**
 * The planning catalog shipped in resources/planning/catalog.json: facilitation methods, fictional
 * sample personas for the storytelling method, and session templates. Trilingual like content packs;
 * written by the Passerelle team (no source claims), so it carries no provenance.
 */
export const CATALOG_FORMAT = 'passerelle.planning-catalog'

const L = LIMITS.catalog

const id = z.string().regex(SLUG_ID_PATTERN).max(LIMITS.id.maxSlug)
/** Content items are referenced as `<packId>:<itemId>`, as everywhere else. */
const itemRef = z.string().regex(CATALOG_ITEM_REF_PATTERN)
const range = (max: number) =>
  z
    .strictObject({ min: z.int().min(1).max(max), max: z.int().min(1).max(max) })
    .refine((r) => r.min <= r.max, { message: 'min-above-max' })

export const methodSchema = z.strictObject({
  id,
  title: localizedShort,
  /** Why use it; one or two sentences. */
  purpose: localizedLong,
  /** Numbered steps, one per line starting with "- ". */
  steps: localizedLong,
  durationMinutes: range(L.maxMinutes),
  groupSize: range(L.maxGroupSize),
  materials: localizedLong,
  /** Notes for rooms with migrants and vulnerable people. */
  safeguarding: localizedLong,
  /** Online adaptation, when the method works online. */
  online: localizedLong.optional(),
  related: z.array(itemRef).max(L.methodRelated)
})
export type Method = z.infer<typeof methodSchema>

export const samplePersonaSchema = z.strictObject({
  id,
  /** A pseudonym, never a real person. */
  name: z.string().min(1).max(L.personaName),
  age: z.int().min(0).max(L.personaMaxAge),
  gender: localizedShort,
  family: localizedShort,
  education: localizedShort,
  timeSinceArrival: localizedShort,
  administrativeStatus: localizedShort,
  vulnerabilities: localizedLong,
  story: localizedLong,
  fictional: z.literal(true)
})
export type SamplePersona = z.infer<typeof samplePersonaSchema>

export const templateBlockSchema = z.strictObject({
  title: localizedShort,
  kind: z.enum(['activity', 'break']),
  methodId: id.optional(),
  durationMinutes: z.int().min(1).max(L.maxMinutes),
  protected: z.boolean(),
  notes: localizedLong.optional(),
  links: z.array(itemRef).max(L.blockLinks),
  /** 1-based day for multi-day templates; omitted for one-day ones. */
  day: z.int().min(1).max(L.templateDays).optional()
})

export const templateSchema = z.strictObject({
  id,
  title: localizedShort,
  description: localizedLong,
  online: z.boolean(),
  days: z.int().min(1).max(L.templateDays),
  /** Start time of each day, "HH:MM". */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  blocks: z.array(templateBlockSchema).min(1).max(L.templateBlocks)
})
export type SessionTemplate = z.infer<typeof templateSchema>

export const catalogSchema = z
  .strictObject({
    format: z.literal(CATALOG_FORMAT),
    formatVersion: z.literal(1),
    methods: z.array(methodSchema).min(1).max(L.methods),
    personas: z.array(samplePersonaSchema).max(L.personas),
    templates: z.array(templateSchema).max(L.templates)
  })
  .superRefine((catalog, ctx) => {
    const methods = new Set<string>()
    for (const [i, m] of catalog.methods.entries()) {
      if (methods.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['methods', i, 'id'], message: `duplicate-id:${m.id}` })
      methods.add(m.id)
    }
    for (const [i, t] of catalog.templates.entries()) {
      for (const [j, b] of t.blocks.entries()) {
        if (b.methodId && !methods.has(b.methodId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['templates', i, 'blocks', j, 'methodId'],
            message: `unknown-method:${b.methodId}`
          })
        }
        if ((b.day ?? 1) > t.days)
          ctx.addIssue({
            code: 'custom',
            path: ['templates', i, 'blocks', j, 'day'],
            message: 'day-out-of-range'
          })
      }
    }
  })
export type PlanningCatalog = z.infer<typeof catalogSchema>
