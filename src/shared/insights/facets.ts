import { FACETS, type Facet, type FacetCount, type InsightQuery, type InsightRow } from './query'

/**
 * Filtering, facet counts and order for the Insights list. Pure, so main runs it over its index
 * and tests over plain rows. Every facet value is turned into a small number once, when a note is
 * indexed; a query then counts with typed arrays instead of strings and maps, which keeps search
 * plus counts within a few milliseconds at 100,000 notes.
 *
 * Counts are "disjunctive": a facet's counts apply every filter except its own, so choosing
 * Valencia still shows how many notes Sousse would add.
 */
const SINGLE = ['session', 'place', 'type', 'consent', 'cluster', 'origin'] as const satisfies readonly Facet[]
type Single = (typeof SINGLE)[number]
const MULTI = ['tag', 'item'] as const satisfies readonly Facet[]

const singleValue: Record<Single, (r: InsightRow) => string | null> = {
  session: (r) => r.sessionId,
  place: (r) => r.place.trim(),
  type: (r) => r.type,
  consent: (r) => r.consent,
  cluster: (r) => r.cluster,
  origin: (r) => r.origin ?? ''
}
const multiValues: Record<(typeof MULTI)[number], (r: InsightRow) => readonly string[]> = {
  tag: (r) => r.tags,
  item: (r) => r.links
}

/** A note with its facet values as numbers (an index into each facet's dictionary; -1 for none). */
export interface Coded {
  row: InsightRow
  /** Its number in the full-text index. */
  ix: number
  single: Int32Array
  tag: Int32Array
  item: Int32Array
}

class Dictionary {
  private readonly codes = new Map<string, number>()
  readonly values: string[] = []
  code(value: string): number {
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(value, code)
      this.values.push(value)
    }
    return code
  }
  find(value: string): number | undefined {
    return this.codes.get(value)
  }
  get size(): number {
    return this.values.length
  }
}

export interface Filtered {
  matched: Coded[]
  facets: Record<Facet, FacetCount[]>
}

/** The dictionaries of one index: values only ever get added (a few thousand at most). */
export class FacetTable {
  private readonly dicts = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<
    Facet,
    Dictionary
  >

  encode(row: InsightRow, ix: number): Coded {
    const single = new Int32Array(SINGLE.length)
    SINGLE.forEach((facet, k) => {
      const value = singleValue[facet](row)
      single[k] = value === null ? -1 : this.dicts[facet].code(value)
    })
    const many = (facet: (typeof MULTI)[number]) =>
      Int32Array.from(new Set(multiValues[facet](row)), (v) => this.dicts[facet].code(v))
    return { row, ix, single, tag: many('tag'), item: many('item') }
  }

  /** Notes passing every filter (in the order given), and each facet's counts. */
  filterAndCount(entries: Iterable<Coded>, query: InsightQuery, keep?: (entry: Coded) => boolean): Filtered {
    // Per facet: which codes are chosen (null when the facet is not filtered).
    const masks = new Map<Facet, Uint8Array>()
    for (const facet of FACETS) {
      if (query[facet].length === 0) continue
      const mask = new Uint8Array(this.dicts[facet].size)
      for (const value of query[facet] as string[]) {
        const code = this.dicts[facet].find(value)
        if (code !== undefined) mask[code] = 1
      }
      masks.set(facet, mask)
    }
    const singleMasks = SINGLE.map((f) => masks.get(f) ?? null)
    const tagMask = masks.get('tag') ?? null
    const itemMask = masks.get('item') ?? null
    const counts = new Map(FACETS.map((f) => [f, new Int32Array(this.dicts[f].size)]))
    const singleCounts = SINGLE.map((f) => counts.get(f) as Int32Array)
    const tagCounts = counts.get('tag') as Int32Array
    const itemCounts = counts.get('item') as Int32Array
    const anyOf = (codes: Int32Array, mask: Uint8Array) => {
      for (const c of codes) if (mask[c]) return true
      return false
    }
    const titles = new Map<string, string>()
    const matched: Coded[] = []
    const { from, to } = query
    for (const entry of entries) {
      const { row, single } = entry
      if ((from && row.day < from) || (to && row.day > to)) continue
      if (keep && !keep(entry)) continue
      // The one facet this note fails, if exactly one: the note still counts for that facet.
      let failed = -1
      let failures = 0
      for (let k = 0; k < SINGLE.length && failures < 2; k++) {
        const mask = singleMasks[k]
        if (mask && !(single[k]! >= 0 && mask[single[k]!])) {
          failed = k
          failures++
        }
      }
      if (failures < 2 && tagMask && !anyOf(entry.tag, tagMask)) {
        failed = SINGLE.length
        failures++
      }
      if (failures < 2 && itemMask && !anyOf(entry.item, itemMask)) {
        failed = SINGLE.length + 1
        failures++
      }
      if (failures > 1) continue
      if (failures === 0) matched.push(entry)
      if (!titles.has(row.sessionId)) titles.set(row.sessionId, row.sessionTitle)
      for (let k = 0; k < SINGLE.length; k++)
        if ((failures === 0 || failed === k) && single[k]! >= 0) singleCounts[k]![single[k]!]!++
      if (failures === 0 || failed === SINGLE.length) for (const c of entry.tag) tagCounts[c]!++
      if (failures === 0 || failed === SINGLE.length + 1) for (const c of entry.item) itemCounts[c]!++
    }
    const facets = {} as Record<Facet, FacetCount[]>
    for (const facet of FACETS) {
      const tally = counts.get(facet) as Int32Array
      const values = this.dicts[facet].values
      const list: FacetCount[] = []
      tally.forEach((count, code) => {
        if (count === 0) return
        const value = values[code]!
        list.push(facet === 'session' ? { value, label: titles.get(value) ?? value, count } : { value, count })
      })
      // A chosen value stays listed (with 0) so it can be unticked.
      for (const value of query[facet] as string[])
        if (!list.some((c) => c.value === value)) list.push({ value, count: 0 })
      list.sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value))
      facets[facet] = list
    }
    return { matched, facets }
  }
}

// ISO dates and times compare as plain strings: much cheaper than localeCompare over 100,000 rows.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const newestFirst = (a: Coded, b: Coded) =>
  cmp(b.row.day, a.row.day) || cmp(b.row.createdAt, a.row.createdAt)

/** In place: newest first, by session title (then time), or most votes first. */
export function sortEntries(entries: Coded[], sort: InsightQuery['sort']): Coded[] {
  if (sort === 'date') return entries.sort(newestFirst)
  if (sort === 'votes') return entries.sort((a, b) => b.row.votes - a.row.votes || newestFirst(a, b))
  // Titles are ranked once (a few hundred sessions), so the sort itself compares numbers.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const titles = [...new Map(entries.map((e) => [e.row.sessionId, e.row.sessionTitle]))]
  titles.sort((a, b) => collator.compare(a[1], b[1]) || cmp(a[0], b[0]))
  const rank = new Map(titles.map(([id], i) => [id, i]))
  return entries.sort(
    (a, b) =>
      (rank.get(a.row.sessionId) as number) - (rank.get(b.row.sessionId) as number) ||
      cmp(a.row.createdAt, b.row.createdAt)
  )
}

/** Plain rows through a throwaway table (tests, small lists). */
export function filterRows(rows: readonly InsightRow[], query: InsightQuery, keep?: (row: InsightRow) => boolean) {
  const table = new FacetTable()
  const entries = sortEntries(
    rows.map((row, ix) => table.encode(row, ix)),
    query.sort
  )
  const { matched, facets } = table.filterAndCount(entries, query, keep && ((e) => keep(e.row)))
  return { matched: matched.map((e) => e.row), facets }
}
