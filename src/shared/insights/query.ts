import { CONSENT_FLAGS, NOTE_TYPES, type ConsentFlag, type NoteType } from '../planning/capture'
import { ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'

/**
 * What the Insights screen asks: words to find and facet values to keep, across every note of
 * every session. The same object is the URL's query string (a view can be reopened) and what a
 * saved view stores. Pure and free of zod (the renderer imports it); main validates with
 * query-schema.ts.
 */
const L = LIMITS.insights

export const INSIGHT_SORTS = ['date', 'session', 'votes'] as const
export type InsightSort = (typeof INSIGHT_SORTS)[number]

/** Facets with counts; `from`/`to` (a date range) are filters without counts. */
export const FACETS = ['session', 'place', 'type', 'tag', 'consent', 'item', 'cluster', 'origin'] as const
export type Facet = (typeof FACETS)[number]

export interface InsightQuery {
  q: string
  session: string[]
  place: string[]
  type: NoteType[]
  tag: string[]
  consent: ConsentFlag[]
  item: string[]
  cluster: string[]
  origin: string[]
  /** ISO days, inclusive. */
  from: string | null
  to: string | null
  sort: InsightSort
}
export type InsightQueryInput = Partial<InsightQuery>

export const emptyQuery = (): InsightQuery => ({
  q: '',
  session: [],
  place: [],
  type: [],
  tag: [],
  consent: [],
  item: [],
  cluster: [],
  origin: [],
  from: null,
  to: null,
  sort: 'date'
})

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

/** What each facet may hold, checked without zod: a value from an address is only ever dropped. */
const max = (n: number) => (v: string) => v.length <= n
const VALID: Record<Facet, (v: string) => boolean> = {
  session: (v) => RECORD_ID_PATTERN.test(v),
  place: max(LIMITS.session.place),
  type: (v) => (NOTE_TYPES as readonly string[]).includes(v),
  tag: max(LIMITS.note.tagLength),
  consent: (v) => (CONSENT_FLAGS as readonly string[]).includes(v),
  item: (v) => ITEM_REF_PATTERN.test(v),
  cluster: max(LIMITS.synthesis.clusterName),
  origin: max(L.originLabel)
}
const DAY = /^\d{4}-\d{2}-\d{2}$/
const validDay = (v: string | null) => (v !== null && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : null)

/** The query as a URL query string, leaving out what is at its default (short, shareable links). */
export function queryToSearch(query: InsightQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  for (const key of FACETS) for (const value of query[key]) params.append(key, value)
  if (query.from) params.set('from', query.from)
  if (query.to) params.set('to', query.to)
  if (query.sort !== 'date') params.set('sort', query.sort)
  return params.toString()
}

/** A URL's query string back into a query; anything invalid is dropped rather than refused. */
export function searchToQuery(search: string): InsightQuery {
  const params = new URLSearchParams(search)
  const query = emptyQuery()
  query.q = (params.get('q') ?? '').slice(0, L.query)
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(VALID[facet]))].slice(0, L.facetValues)
    ;(query[facet] as string[]) = values
  }
  query.from = validDay(params.get('from'))
  query.to = validDay(params.get('to'))
  const sort = params.get('sort')
  if ((INSIGHT_SORTS as readonly string[]).includes(sort ?? '')) query.sort = sort as InsightSort
  return query
}
