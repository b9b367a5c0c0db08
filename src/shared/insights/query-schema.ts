import { z } from 'zod'
import { CONSENT_FLAGS, NOTE_TYPES } from '../planning/capture'
import { ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { INSIGHT_SORTS, type InsightQuery } from './query'

/** Main's check of an Insights query (from the renderer, or in a saved view on disk). */
const L = LIMITS.insights
const id = z.string().regex(RECORD_ID_PATTERN)
const values = <T extends z.ZodType>(schema: T) => z.array(schema).max(L.facetValues).default([])
const label = z.string().max(LIMITS.session.place)

export const insightQuerySchema = z.strictObject({
  q: z.string().max(L.query).default(''),
  session: values(id),
  place: values(label),
  type: values(z.enum(NOTE_TYPES)),
  tag: values(z.string().max(LIMITS.note.tagLength)),
  consent: values(z.enum(CONSENT_FLAGS)),
  item: values(z.string().regex(ITEM_REF_PATTERN)),
  cluster: values(z.string().max(LIMITS.synthesis.clusterName)),
  origin: values(z.string().max(L.originLabel)),
  from: z.iso.date().nullable().default(null),
  to: z.iso.date().nullable().default(null),
  sort: z.enum(INSIGHT_SORTS).default('date')
}) satisfies z.ZodType<InsightQuery, unknown>

export const insightSearchInput = z.strictObject({
  query: insightQuerySchema,
  offset: z.int().min(0).default(0),
  limit: z.int().min(0).max(L.pageRows).default(100)
})
