import { FACETS, type Facet, type FacetCount, type InsightQuery, type InsightRow } from './query'

/**
 * Filtering, facet counts and order for the Insights list. Pure, so main runs it over the index
 * and tests run it over plain rows. Counts are "disjunctive": a facet's counts apply every
 * filter except its own, so choosing Valencia still shows how many notes Sousse would add.
 */
type Values = (row: InsightRow) => readonly string[]

const VALUES: Record<Facet, Values> = {
  session: (r) => [r.sessionId],
  place: (r) => [r.place.trim()],
  type: (r) => [r.type],
  tag: (r) => r.tags,
  consent: (r) => [r.consent],
  item: (r) => r.links,
  cluster: (r) => (r.cluster === null ? [] : [r.cluster]),
  origin: (r) => [r.origin ?? '']
}

export function facetValues(row: InsightRow, facet: Facet): readonly string[] {
  return VALUES[facet](row)
}

export interface Filtered {
  matched: InsightRow[]
  facets: Record<Facet, FacetCount[]>
}

/** Rows that pass every filter, and each facet's counts (a value's notes under the other filters). */
export function filterAndCount(
  rows: Iterable<InsightRow>,
  query: InsightQuery,
  /** The full-text part, already worked out (e.g. the search index's hits). */
  keep?: (row: InsightRow) => boolean
): Filtered {
  const active = FACETS.filter((f) => query[f].length > 0)
  const chosen = new Map<Facet, Set<string>>(active.map((f) => [f, new Set<string>(query[f])]))
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((f) => [f, new Map()]))
  const labels = new Map<string, string>()
  const matched: InsightRow[] = []
  for (const row of rows) {
    if ((query.from && row.day < query.from) || (query.to && row.day > query.to)) continue
    if (keep && !keep(row)) continue
    // The one facet this row fails, if exactly one: the row still counts for that facet's values.
    let failed: Facet | null = null
    let failures = 0
    for (const facet of active) {
      const wanted = chosen.get(facet) as Set<string>
      if (!VALUES[facet](row).some((v) => wanted.has(v))) {
        failed = facet
        if (++failures > 1) break
      }
    }
    if (failures > 1) continue
    if (failures === 0) matched.push(row)
    labels.set(row.sessionId, row.sessionTitle)
    for (const facet of failed ? [failed] : FACETS) {
      const tally = counts.get(facet) as Map<string, number>
      for (const value of new Set(VALUES[facet](row))) tally.set(value, (tally.get(value) ?? 0) + 1)
    }
  }
  const facets = {} as Record<Facet, FacetCount[]>
  for (const facet of FACETS) {
    const list: FacetCount[] = []
    for (const [value, count] of counts.get(facet) as Map<string, number>)
      list.push(facet === 'session' ? { value, label: labels.get(value) ?? value, count } : { value, count })
    // A chosen value stays listed (with 0) so it can be unticked.
    for (const value of query[facet]) if (!list.some((c) => c.value === value)) list.push({ value, count: 0 })
    list.sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value))
    facets[facet] = list
  }
  return { matched, facets }
}

// ISO dates and times compare as plain strings: much cheaper than localeCompare over 100,000 rows.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const newestFirst = (a: InsightRow, b: InsightRow) => cmp(b.day, a.day) || cmp(b.createdAt, a.createdAt)

/** In place: newest first, by session title (then time), or most votes first. */
export function sortRows(rows: InsightRow[], sort: InsightQuery['sort']): InsightRow[] {
  if (sort === 'date') return rows.sort(newestFirst)
  if (sort === 'votes') return rows.sort((a, b) => b.votes - a.votes || newestFirst(a, b))
  // Titles are ranked once (a few hundred sessions), so the sort itself compares numbers.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const titles = [...new Map(rows.map((r) => [r.sessionId, r.sessionTitle]))]
  titles.sort((a, b) => collator.compare(a[1], b[1]) || cmp(a[0], b[0]))
  const rank = new Map(titles.map(([id], i) => [id, i]))
  return rows.sort(
    (a, b) =>
      (rank.get(a.sessionId) as number) - (rank.get(b.sessionId) as number) || cmp(a.createdAt, b.createdAt)
  )
}
