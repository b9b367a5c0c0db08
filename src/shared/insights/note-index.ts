import type { Note } from '../planning/capture'
import type { Session } from '../planning/session'
import { Column, Dictionary, TextArena, dayNumber, dayString } from './columns'
import {
  FACETS,
  type Facet,
  type FacetCount,
  type InsightPage,
  type InsightQuery,
  type InsightRow
} from './query'
import { WordIndex } from './word-index'

/** What every note of one session shares; replaced whenever the session changes. */
export interface SessionFacts {
  sessionId: string
  title: string
  place: string
  date: string | null
  origin: string | null
  blockTitles: ReadonlyMap<string, string>
}

export function factsOf(session: Readonly<Session>, origin: string | null): SessionFacts {
  return {
    sessionId: session.id,
    title: session.title,
    place: session.place.trim(),
    date: session.date,
    origin,
    blockTitles: new Map(session.blocks.map((b) => [b.id, b.title]))
  }
}

/** Each note's cluster name and dots, read from its session's synthesis. */
export function synthesisOf(session: Readonly<Session>) {
  const clusterOf = new Map<string, string>()
  for (const cluster of session.synthesis.clusters)
    for (const id of cluster.noteIds) if (!clusterOf.has(id)) clusterOf.set(id, cluster.name)
  return {
    cluster: (noteId: string) => clusterOf.get(noteId) ?? null,
    votes: (noteId: string) => session.synthesis.noteVotes[noteId] ?? 0
  }
}

/** A session as the index holds it: its facts, its notes' slots, its facet values as numbers. */
interface Part {
  num: number
  facts: SessionFacts
  notes: Map<string, number>
  session: number
  place: number
  origin: number
  /** The session's day as a number, 0 when it has none (each note then counts on its own day). */
  date: number
}

const NONE: readonly number[] = []
const NO_LINKS: readonly string[] = []
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

type Page = Omit<InsightPage, 'rows' | 'offset' | 'ready'>

/**
 * Every note of the notebook, searchable and countable. Pure (no Node), so main runs it and tests
 * drive it directly. Changed note by note — a capture adds one note, an edit replaces one — never
 * rebuilt.
 *
 * Memory decides the shape: each note is a slot in typed-array columns (facet values as numbers
 * from dictionaries), plus its text and ids as strings, rather than an object; words go to a
 * WordIndex. A query then filters and counts with array reads. Counts are "disjunctive": each
 * facet's counts apply every filter but its own, so ticking Valencia still shows what Sousse adds.
 */
export class NoteIndex {
  private readonly parts = new Map<string, Part>()
  private readonly partList: Part[] = []
  private readonly dicts = Object.fromEntries(
    [...FACETS, 'speaker', 'block'].map((f) => [f, new Dictionary()])
  ) as Record<Facet | 'speaker' | 'block', Dictionary>
  private readonly words = new WordIndex()
  // One value per slot.
  private readonly part = Column.int()
  private readonly noteDay = Column.int()
  private readonly votes = Column.int()
  private readonly type = Column.byte()
  private readonly consent = Column.byte()
  private readonly cluster = Column.int()
  private readonly speaker = Column.int()
  private readonly block = Column.int()
  private readonly live = Column.byte()
  private readonly noteId: string[] = []
  private readonly created = Column.float()
  private readonly text = new TextArena()
  private readonly tags: (readonly number[])[] = []
  private readonly items: (readonly number[])[] = []
  private readonly links: (readonly string[])[] = []
  /** Slots freed once the word lists no longer mention them, and those still waiting for that. */
  private readonly free: number[] = []
  private pending: number[] = []
  private slots = 0
  private count = 0
  private version = 0
  private sorted = new Map<InsightQuery['sort'], { version: number; order: Int32Array }>()
  private last: { key: string; version: number; matched: Int32Array; page: Page } | null = null

  get size(): number {
    return this.count
  }

  /** The session's title, place, date, origin or agenda changed (or it is new). */
  setSession(facts: SessionFacts): void {
    let part = this.parts.get(facts.sessionId)
    if (!part) {
      part = { num: this.partList.length, facts, notes: new Map(), session: 0, place: 0, origin: 0, date: 0 }
      this.parts.set(facts.sessionId, part)
      this.partList.push(part)
    }
    part.facts = facts
    part.session = this.dicts.session.code(facts.sessionId)
    part.place = this.dicts.place.code(facts.place)
    part.origin = this.dicts.origin.code(facts.origin ?? '')
    part.date = facts.date ? dayNumber(facts.date) : 0
    this.version++
  }

  /** Add or replace one note of a known session; an unchanged note costs a comparison. */
  upsert(sessionId: string, note: Readonly<Note>, cluster: string | null, votes: number): void {
    const part = this.parts.get(sessionId)
    if (!part) throw new Error(`session ${sessionId} is not indexed`)
    const d = this.dicts
    const before = part.notes.get(note.id)
    const speaker = note.speaker === null ? -1 : d.speaker.code(note.speaker)
    const tags = note.tags.length ? [...new Set(note.tags)].map((t) => d.tag.code(t)) : NONE
    const sameWords =
      before !== undefined &&
      this.text.get(before) === note.text &&
      this.speaker.data[before] === speaker &&
      sameList(
        this.tags[before]!.map((t) => d.tag.values[t]!),
        [...new Set(note.tags)]
      )
    const clusterCode = cluster === null ? -1 : d.cluster.code(cluster)
    const block = note.blockId === null ? -1 : d.block.code(note.blockId)
    if (
      before !== undefined &&
      sameWords &&
      this.type.data[before] === d.type.code(note.type) &&
      this.consent.data[before] === d.consent.code(note.consent) &&
      this.block.data[before] === block &&
      sameList(this.links[before]!, note.links) &&
      this.cluster.data[before] === clusterCode &&
      this.votes.data[before] === votes
    )
      return
    let ix = before ?? -1
    if (!sameWords) {
      if (before !== undefined) this.release(before)
      ix = this.free.pop() ?? this.slots++
      this.words.add(ix, `${note.text} ${note.tags.join(' ')} ${note.speaker ?? ''}`)
    }
    this.part.set(ix, part.num)
    this.noteDay.set(ix, dayNumber(note.createdAt))
    this.votes.set(ix, votes)
    this.type.set(ix, d.type.code(note.type))
    this.consent.set(ix, d.consent.code(note.consent))
    this.cluster.set(ix, clusterCode)
    this.speaker.set(ix, speaker)
    this.block.set(ix, block)
    this.live.set(ix, 1)
    this.noteId[ix] = note.id
    this.created.set(ix, Date.parse(note.createdAt))
    this.text.set(ix, note.text)
    this.tags[ix] = tags
    this.links[ix] = note.links.length ? [...note.links] : NO_LINKS
    this.items[ix] = note.links.length ? [...new Set(note.links)].map((l) => d.item.code(l)) : NONE
    if (before === undefined) this.count++
    part.notes.set(note.id, ix)
    this.version++
  }

  remove(sessionId: string, noteId: string): void {
    const part = this.parts.get(sessionId)
    const ix = part?.notes.get(noteId)
    if (!part || ix === undefined) return
    part.notes.delete(noteId)
    this.release(ix)
    this.count--
    this.version++
  }

  /** A slot is reused only once no word list mentions it any more. */
  private release(ix: number): void {
    this.live.data[ix] = 0
    this.text.clear(ix)
    this.pending.push(ix)
    if (this.words.remove(ix)) {
      this.free.push(...this.pending)
      this.pending = []
    }
  }

  noteIdsOf(sessionId: string): string[] {
    return [...(this.parts.get(sessionId)?.notes.keys() ?? [])]
  }

  removeSession(sessionId: string): void {
    for (const noteId of this.noteIdsOf(sessionId)) this.remove(sessionId, noteId)
    if (this.parts.delete(sessionId)) this.version++
  }

  row(sessionId: string, noteId: string): InsightRow | undefined {
    const ix = this.parts.get(sessionId)?.notes.get(noteId)
    return ix === undefined ? undefined : this.rowOf(ix)
  }

  /** Every tag with how many notes carry it, most used first. */
  tagCounts(): { tag: string; count: number }[] {
    const counts = new Int32Array(this.dicts.tag.values.length)
    for (let ix = 0; ix < this.slots; ix++)
      if (this.live.data[ix]) for (const t of this.tags[ix]!) counts[t]!++
    const out: { tag: string; count: number }[] = []
    counts.forEach((count, code) => count > 0 && out.push({ tag: this.dicts.tag.values[code]!, count }))
    return out.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
  }

  /** The notes carrying any of `tags`, by session. */
  notesTagged(tags: readonly string[]): Map<string, string[]> {
    const wanted = new Set(tags.flatMap((t) => this.dicts.tag.find(t) ?? []))
    const out = new Map<string, string[]>()
    for (const [sessionId, part] of this.parts)
      for (const [noteId, ix] of part.notes)
        if (this.tags[ix]!.some((t) => wanted.has(t)))
          out.set(sessionId, [...(out.get(sessionId) ?? []), noteId])
    return out
  }

  /** Search, filter, count and order; one page of rows. The last result is kept for the next page. */
  search(query: InsightQuery, offset: number, limit: number): Omit<InsightPage, 'ready'> {
    const key = JSON.stringify(query)
    let last = this.last
    if (!last || last.key !== key || last.version !== this.version) {
      const found = this.words.search(query.q)
      const { matched, facets } = this.filterAndCount(this.ordered(query.sort), query, found?.mask ?? null)
      last = {
        key,
        version: this.version,
        matched,
        page: { total: matched.length, all: this.count, facets, terms: found?.terms ?? [] }
      }
      this.last = last
    }
    const rows = Array.from(last.matched.subarray(offset, offset + limit), (ix) => this.rowOf(ix))
    return { ...last.page, offset, rows }
  }

  private dayOf(ix: number): number {
    return this.partList[this.part.data[ix]!]!.date || this.noteDay.data[ix]!
  }

  private filterAndCount(order: Int32Array, query: InsightQuery, words: Uint8Array | null) {
    const masks = FACETS.map((facet) => {
      if (query[facet].length === 0) return null
      const m = new Uint8Array(this.dicts[facet].values.length)
      for (const value of query[facet] as string[]) {
        const code = this.dicts[facet].find(value)
        if (code !== undefined) m[code] = 1
      }
      return m
    })
    const counts = FACETS.map((f) => new Int32Array(this.dicts[f].values.length))
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
    const [type, consent, cluster, partOf] = [
      this.type.data,
      this.consent.data,
      this.cluster.data,
      this.part.data
    ]
    const { tags, items, partList } = this
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
    const noteDay = this.noteDay.data
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
      const values = this.dicts[facet].values
      const list: FacetCount[] = []
      counts[k]!.forEach((count, code) => {
        if (count === 0) return
        const v = values[code]!
        list.push(
          facet === 'session'
            ? { value: v, label: this.parts.get(v)?.facts.title ?? v, count }
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

  /** Every live slot in the asked order; kept until something changes. */
  private ordered(sort: InsightQuery['sort']): Int32Array {
    const cached = this.sorted.get(sort)
    if (cached && cached.version === this.version) return cached.order
    const live: number[] = []
    for (let ix = 0; ix < this.slots; ix++) if (this.live.data[ix]) live.push(ix)
    const days = new Int32Array(this.slots)
    for (const ix of live) days[ix] = this.dayOf(ix)
    const created = this.created.data
    const newest = (a: number, b: number) => days[b]! - days[a]! || created[b]! - created[a]!
    if (sort === 'date') live.sort(newest)
    else if (sort === 'votes') live.sort((a, b) => this.votes.data[b]! - this.votes.data[a]! || newest(a, b))
    else {
      // Titles are ranked once (a few hundred sessions), so the sort itself compares numbers.
      const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
      const ranked = [...this.partList].sort(
        (a, b) => collator.compare(a.facts.title, b.facts.title) || cmp(a.facts.sessionId, b.facts.sessionId)
      )
      const rank = new Int32Array(this.partList.length)
      ranked.forEach((p, i) => (rank[p.num] = i))
      const partOf = this.part.data
      live.sort((a, b) => rank[partOf[a]!]! - rank[partOf[b]!]! || created[a]! - created[b]!)
    }
    const order = Int32Array.from(live)
    this.sorted.set(sort, { version: this.version, order })
    return order
  }

  private rowOf(ix: number): InsightRow {
    const { facts } = this.partList[this.part.data[ix]!]!
    const d = this.dicts
    const speaker = this.speaker.data[ix]!
    const block = this.block.data[ix]!
    const cluster = this.cluster.data[ix]!
    const blockId = block < 0 ? null : d.block.values[block]!
    return {
      sessionId: facts.sessionId,
      noteId: this.noteId[ix]!,
      sessionTitle: facts.title,
      place: facts.place,
      day: dayString(this.dayOf(ix)),
      createdAt: new Date(this.created.data[ix]!).toISOString(),
      type: d.type.values[this.type.data[ix]!] as InsightRow['type'],
      text: this.text.get(ix),
      tags: this.tags[ix]!.map((t) => d.tag.values[t]!),
      consent: d.consent.values[this.consent.data[ix]!] as InsightRow['consent'],
      speaker: speaker < 0 ? null : d.speaker.values[speaker]!,
      blockId,
      blockTitle: blockId === null ? null : (facts.blockTitles.get(blockId) ?? null),
      links: [...this.links[ix]!],
      cluster: cluster < 0 ? null : d.cluster.values[cluster]!,
      votes: this.votes.data[ix]!,
      origin: facts.origin
    }
  }
}
