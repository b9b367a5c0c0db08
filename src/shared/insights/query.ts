import { z } from 'zod'
import { CONSENT_FLAGS, NOTE_TYPES, type ConsentFlag, type NoteType } from '../planning/capture'
import { ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'

/**
 * What the Insights screen asks: words to find and facet values to keep, across every note of
 * every session. The same object is the URL's query string (a view can be reopened) and what a
 * saved view stores.
 */
const L = LIMITS.insights
const id = z.string().regex(RECORD_ID_PATTERN)
const values = <T extends z.ZodType>(schema: T) => z.array(schema).max(L.facetValues).default([])
const label = z.string().max(LIMITS.session.place)

export const INSIGHT_SORTS = ['date', 'session', 'votes'] as const
export type InsightSort = (typeof INSIGHT_SORTS)[number]

/** Facets with counts; `from`/`to` (a date range) are filters without counts. */
export const FACETS = ['session', 'place', 'type', 'tag', 'consent', 'item', 'cluster', 'origin'] as const
export type Facet = (typeof FACETS)[number]

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
})
export type InsightQuery = z.infer<typeof insightQuerySchema>
export type InsightQueryInput = z.input<typeof insightQuerySchema>

export const emptyQuery = (): InsightQuery => insightQuerySchema.parse({})

/** One note as the Insights list shows it, with what it needs from its session. */
export interface InsightRow {
  sessionId: string
  noteId: string
  sessionTitle: string
  /** The session's place as written (an empty string when none was given). */
  place: string
  /** The session's day, or the note's own day when the session has no date. */
  day: string
  createdAt: string
  type: NoteType
  text: string
  tags: string[]
  consent: ConsentFlag
  speaker: string | null
  blockId: string | null
  blockTitle: string | null
  links: string[]
  cluster: string | null
  votes: number
  /** The label given when the session was imported from a colleague; null for one's own. */
  origin: string | null
}

export interface FacetCount {
  value: string
  /** Shown instead of the value where the value is an id (sessions). */
  label?: string
  count: number
}

export interface InsightPage {
  /** Notes matching the whole query. */
  total: number
  /** Notes in the notebook. */
  all: number
  offset: number
  rows: InsightRow[]
  /** Per facet: counts under every filter except that facet's own (so a choice can be widened). */
  facets: Record<Facet, FacetCount[]>
  /** Folded words the search matched, for highlighting. */
  terms: string[]
  /** False while the index is still being built at start-up. */
  ready: boolean
}

export const insightSearchInput = z.strictObject({
  query: insightQuerySchema,
  offset: z.int().min(0).default(0),
  limit: z.int().min(0).max(L.pageRows).default(100)
})

const LIST_KEYS = ['session', 'place', 'type', 'tag', 'consent', 'item', 'cluster', 'origin'] as const

/** The query as a URL query string, leaving out what is at its default (short, shareable links). */
export function queryToSearch(query: InsightQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  for (const key of LIST_KEYS) for (const value of query[key]) params.append(key, value)
  if (query.from) params.set('from', query.from)
  if (query.to) params.set('to', query.to)
  if (query.sort !== 'date') params.set('sort', query.sort)
  return params.toString()
}

/** A URL's query string back into a query; anything invalid is dropped rather than refused. */
export function searchToQuery(search: string): InsightQuery {
  const params = new URLSearchParams(search)
  const raw: Record<string, unknown> = {}
  for (const key of LIST_KEYS) raw[key] = params.getAll(key)
  for (const key of ['q', 'from', 'to', 'sort'] as const) {
    const value = params.get(key)
    if (value !== null) raw[key] = value
  }
  const shape = insightQuerySchema.shape
  const clean: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key as keyof typeof shape]
    if (Array.isArray(value)) {
      const items = value.filter((v) => field.safeParse([v]).success)
      clean[key] = items.slice(0, L.facetValues)
    } else if (field.safeParse(value).success) clean[key] = value
  }
  return insightQuerySchema.parse(clean)
}
