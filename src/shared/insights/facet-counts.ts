import type { Dictionary } from './columns'
import { dayNumber } from './columns'
import { FACETS, type Facet, type FacetCount, type InsightQuery } from './query'
import type { SessionFacts } from './session-facts'

/** A session as the index holds it: its facts, its notes' slots, its facet values as numbers. */
export interface Part {
  num: number
  facts: SessionFacts
  notes: Map<string, number>
  session: number
  place: number
  origin: number
  /** The session's day as a number, 0 when it has none (each note then counts on its own day). */
  date: number
}

/** The index's columns, as counting reads them. */
export interface FacetView {
  dicts: Record<Facet, Dictionary>
  parts: ReadonlyMap<string, Part>
  partList: readonly Part[]
  part: Int32Array
  noteDay: Int32Array
  type: Uint8Array
  consent: Uint8Array
  cluster: Int32Array
  tags: readonly (readonly number[])[]
  items: readonly (readonly number[])[]
}

/**
 * One pass over the notes in order: which pass every filter, and each facet's counts. Counts are
 * "disjunctive": a note failing exactly one filter still counts for that facet, so ticking
 * Valencia still shows what Sousse would add.
 */
export function countFacets(
  view: FacetView,
  order: Int32Array,
  query: InsightQuery,
  words: Uint8Array | null
) {
  const masks = FACETS.map((facet) => {
    if (query[facet].length === 0) return null
    const m = new Uint8Array(view.dicts[facet].values.length)
    for (const value of query[facet] as string[]) {
      const code = view.dicts[facet].find(value)
      if (code !== undefined) m[code] = 1
    }
    return m
  })
  const counts = FACETS.map((f) => new Int32Array(view.dicts[f].values.length))
  const [cSession, cPlace, cType, cTag, cConsent, cItem, cCluster, cOrigin] = counts as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array
  ]
  const { type, consent, cluster, part: partOf } = view
  const { tags, items, partList } = view
  // Facet k's value for a note (k in the order of FACETS: session, place, type, tag, consent,
  // item, cluster, origin); tags and items are lists.
  const passes = (ix: number, p: Part, k: number, m: Uint8Array): boolean => {
    switch (k) {
      case 0:
        return m[p.session] === 1
      case 1:
        return m[p.place] === 1
      case 2:
        return m[type[ix]!] === 1
      case 3:
        return tags[ix]!.some((t) => m[t] === 1)
      case 4:
        return m[consent[ix]!] === 1
      case 5:
        return items[ix]!.some((t) => m[t] === 1)
      case 6:
        return cluster[ix]! >= 0 && m[cluster[ix]!] === 1
      default:
        return m[p.origin] === 1
    }
  }
  const tallyOne = (ix: number, p: Part, k: number) => {
    switch (k) {
      case 0:
        cSession[p.session]!++
        break
      case 1:
        cPlace[p.place]!++
        break
      case 2:
        cType[type[ix]!]!++
        break
      case 3:
        for (const t of tags[ix]!) cTag[t]!++
        break
      case 4:
        cConsent[consent[ix]!]!++
        break
      case 5:
        for (const t of items[ix]!) cItem[t]!++
        break
      case 6:
        if (cluster[ix]! >= 0) cCluster[cluster[ix]!]!++
        break
      default:
        cOrigin[p.origin]!++
    }
  }
  const active = masks.flatMap((m, k) => (m ? [k] : []))
  const from = query.from ? dayNumber(query.from) : 0
  const to = query.to ? dayNumber(query.to) : Infinity
  const noteDay = view.noteDay
  const matched = new Int32Array(order.length)
  let n = 0
  for (const ix of order) {
    if (words && words[ix] !== 1) continue
    const p = partList[partOf[ix]!]!
    const day = p.date || noteDay[ix]!
    if (day < from || day > to) continue
    let failed = -1
    let failures = 0
    for (const k of active)
      if (!passes(ix, p, k, masks[k]!)) {
        failed = k
        if (++failures > 1) break
      }
    if (failures > 1) continue
    if (failures === 1) {
      tallyOne(ix, p, failed)
      continue
    }
    matched[n++] = ix
    cSession[p.session]!++
    cPlace[p.place]!++
    cType[type[ix]!]!++
    for (const t of tags[ix]!) cTag[t]!++
    cConsent[consent[ix]!]!++
    for (const t of items[ix]!) cItem[t]!++
    if (cluster[ix]! >= 0) cCluster[cluster[ix]!]!++
    cOrigin[p.origin]!++
  }
  const facets = {} as Record<Facet, FacetCount[]>
  FACETS.forEach((facet, k) => {
    const values = view.dicts[facet].values
    const list: FacetCount[] = []
    counts[k]!.forEach((count, code) => {
      if (count === 0) return
      const v = values[code]!
      list.push(
        facet === 'session'
          ? { value: v, label: view.parts.get(v)?.facts.title ?? v, count }
          : { value: v, count }
      )
    })
    // A chosen value stays listed (with 0) so it can be unticked.
    for (const v of query[facet] as string[])
      if (!list.some((c) => c.value === v)) list.push({ value: v, count: 0 })
    list.sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value))
    facets[facet] = list
  })
  return { matched: matched.subarray(0, n), facets }
}
