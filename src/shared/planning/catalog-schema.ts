import { z } from 'zod'
import { localizedLong, localizedShort } from '../content/schema'

/**
 * The planning catalog shipped in resources/planning/catalog.json: facilitation methods, fictional
 * sample personas for the storytelling method, and session templates. Trilingual like content packs;
 * written by the Passerelle team (no source claims), so it carries no provenance.
 */
export const CATALOG_FORMAT = 'passerelle.planning-catalog'

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80)
/** Content items are referenced as `<packId>:<itemId>`, as everywhere else. */
const itemRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/)
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
  durationMinutes: range(480),
  groupSize: range(500),
  materials: localizedLong,
  /** Notes for rooms with migrants and vulnerable people. */
  safeguarding: localizedLong,
  /** Online adaptation, when the method works online. */
  online: localizedLong.optional(),
  related: z.array(itemRef).max(20)
})
export type Method = z.infer<typeof methodSchema>

export const samplePersonaSchema = z.strictObject({
  id,
  /** A pseudonym, never a real person. */
  name: z.string().min(1).max(60),
  age: z.int().min(0).max(120),
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
  durationMinutes: z.int().min(1).max(480),
  protected: z.boolean(),
  notes: localizedLong.optional(),
  links: z.array(itemRef).max(20),
  /** 1-based day for multi-day templates; omitted for one-day ones. */
  day: z.int().min(1).max(7).optional()
})

export const templateSchema = z.strictObject({
  id,
  title: localizedShort,
  description: localizedLong,
  online: z.boolean(),
  days: z.int().min(1).max(7),
  /** Start time of each day, "HH:MM". */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  blocks: z.array(templateBlockSchema).min(1).max(300)
})
export type SessionTemplate = z.infer<typeof templateSchema>

export const catalogSchema = z
  .strictObject({
    format: z.literal(CATALOG_FORMAT),
    formatVersion: z.literal(1),
    methods: z.array(methodSchema).min(1).max(200),
    personas: z.array(samplePersonaSchema).max(100),
    templates: z.array(templateSchema).max(100)
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
