import type { Note } from '../planning/capture'
import { Column, Dictionary, ListInterner, TextArena, dayNumber, dayString } from './columns'
import { FACETS, type Facet, type InsightPage, type InsightQuery, type InsightRow } from './query'
import { WordIndex } from './word-index'
import type { SessionFacts } from './session-facts'
import { countFacets, type FacetView, type Part } from './facet-counts'

export { factsOf, synthesisOf, type SessionFacts } from './session-facts'

const NONE: readonly number[] = []
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
  private readonly codeLists = new ListInterner<number>()
  private readonly linkLists = new ListInterner<string>()
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

  /** Give back the room kept for growth (after the start-up build: most lists stop growing). */
  trim(): void {
    this.text.trim()
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
    this.tags[ix] = this.codeLists.of(tags)
    this.links[ix] = this.linkLists.of(note.links)
    this.items[ix] = note.links.length
      ? this.codeLists.of([...new Set(note.links)].map((l) => d.item.code(l)))
      : NONE
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
      const { matched, facets } = countFacets(
        this.view(),
        this.ordered(query.sort),
        query,
        found?.mask ?? null
      )
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

  /** What counting reads: the columns as they are now (typed arrays may have been regrown). */
  private view(): FacetView {
    return {
      dicts: this.dicts,
      parts: this.parts,
      partList: this.partList,
      part: this.part.data,
      noteDay: this.noteDay.data,
      type: this.type.data,
      consent: this.consent.data,
      cluster: this.cluster.data,
      tags: this.tags,
      items: this.items
    }
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
