import MiniSearch from 'minisearch'
import { fold } from '../../../shared/content/search'
import { FacetTable, sortEntries, type Coded } from '../../../shared/insights/facets'
import type { InsightPage, InsightQuery, InsightRow } from '../../../shared/insights/query'
import { keyOf, sameRow } from './rows'

interface IndexedDoc {
  ix: number
  words: string
}

/** One field (text, tags, speaker): one set of postings per word instead of three. */
const docOf = (entry: Coded): IndexedDoc => ({
  ix: entry.ix,
  words: `${entry.row.text} ${entry.row.tags.join(' ')} ${entry.row.speaker ?? ''}`
})

type Page = Omit<InsightPage, 'rows' | 'offset' | 'ready'>

/**
 * Every note of the notebook, searchable. The full-text index (MiniSearch) is changed note by
 * note — a capture adds one document, an edit replaces one — never rebuilt. Discarded documents
 * are gone from results at once (MiniSearch filters them) and their space is vacuumed later.
 */
export class NoteIndex {
  private readonly entries = new Map<string, Coded>()
  private readonly bySession = new Map<string, Set<string>>()
  private readonly table = new FacetTable()
  private nextIx = 0
  private readonly text = new MiniSearch<IndexedDoc>({
    idField: 'ix',
    fields: ['words'],
    storeFields: [],
    processTerm: (term) => fold(term) || null
  })
  /** Bumped on every change: cached orders and results are for one version only. */
  private version = 0
  private sorted = new Map<InsightQuery['sort'], { version: number; entries: Coded[] }>()
  private last: { key: string; version: number; matched: Coded[]; page: Page } | null = null

  get size(): number {
    return this.entries.size
  }

  /** Add or replace one note; an unchanged note costs a comparison, not a re-index. */
  upsert(row: InsightRow): void {
    const key = keyOf(row.sessionId, row.noteId)
    const before = this.entries.get(key)
    if (before && sameRow(before.row, row)) return
    if (before) this.text.discard(before.ix)
    const entry = this.table.encode(row, this.nextIx++)
    this.text.add(docOf(entry))
    this.entries.set(key, entry)
    let keys = this.bySession.get(row.sessionId)
    if (!keys) this.bySession.set(row.sessionId, (keys = new Set()))
    keys.add(key)
    this.version++
  }

  remove(sessionId: string, noteId: string): void {
    const key = keyOf(sessionId, noteId)
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.text.discard(entry.ix)
    this.bySession.get(sessionId)?.delete(key)
    this.version++
  }

  noteIdsOf(sessionId: string): string[] {
    return [...(this.bySession.get(sessionId) ?? [])].map((k) => k.slice(sessionId.length + 1))
  }

  removeSession(sessionId: string): void {
    for (const noteId of this.noteIdsOf(sessionId)) this.remove(sessionId, noteId)
    this.bySession.delete(sessionId)
  }

  row(sessionId: string, noteId: string): InsightRow | undefined {
    return this.entries.get(keyOf(sessionId, noteId))?.row
  }

  *allRows(): Generator<InsightRow> {
    for (const entry of this.entries.values()) yield entry.row
  }

  /** Search, filter, count and order; one page of rows. The last result is kept for the next page. */
  search(query: InsightQuery, offset: number, limit: number): Omit<InsightPage, 'ready'> {
    const cacheKey = JSON.stringify(query)
    let last = this.last
    if (!last || last.key !== cacheKey || last.version !== this.version) {
      const words = query.q.trim()
      let keep: ((entry: Coded) => boolean) | undefined
      let terms: string[] = []
      if (words) {
        // Every word must match; the last one may be unfinished (search as you type).
        const hits = this.text.search(words, {
          prefix: (_term, i, all) => i === all.length - 1,
          combineWith: 'AND'
        })
        const found = new Set<number>()
        const matchedTerms = new Set<string>()
        for (const hit of hits) {
          found.add(hit.id as number)
          for (const term of hit.terms) matchedTerms.add(term)
        }
        terms = [...matchedTerms].slice(0, 50)
        keep = (entry) => found.has(entry.ix)
      }
      const { matched, facets } = this.table.filterAndCount(this.ordered(query.sort), query, keep)
      last = {
        key: cacheKey,
        version: this.version,
        matched,
        page: { total: matched.length, all: this.entries.size, facets, terms }
      }
      this.last = last
    }
    const { matched, page } = last
    return { ...page, offset, rows: matched.slice(offset, offset + limit).map((e) => e.row) }
  }

  private ordered(sort: InsightQuery['sort']): Coded[] {
    const cached = this.sorted.get(sort)
    if (cached && cached.version === this.version) return cached.entries
    const entries = sortEntries([...this.entries.values()], sort)
    this.sorted.set(sort, { version: this.version, entries })
    return entries
  }
}
