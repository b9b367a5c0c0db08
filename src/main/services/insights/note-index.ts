import MiniSearch from 'minisearch'
import { fold } from '../../../shared/content/search'
import { filterAndCount, sortRows } from '../../../shared/insights/facets'
import type { InsightPage, InsightQuery, InsightRow } from '../../../shared/insights/query'
import { keyOf, sameRow } from './rows'

interface IndexedDoc {
  key: string
  text: string
  tags: string
  speaker: string
}

const docOf = (row: InsightRow): IndexedDoc => ({
  key: keyOf(row.sessionId, row.noteId),
  text: row.text,
  tags: row.tags.join(' '),
  speaker: row.speaker ?? ''
})

/**
 * Every note of the notebook, searchable. The full-text index (MiniSearch) is changed note by
 * note — a capture adds one document, an edit replaces one — never rebuilt. Discarded documents
 * are gone from results at once (MiniSearch filters them) and their space is vacuumed later.
 */
export class NoteIndex {
  private readonly rows = new Map<string, InsightRow>()
  private readonly bySession = new Map<string, Set<string>>()
  private readonly text = new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: ['text', 'tags', 'speaker'],
    storeFields: [],
    processTerm: (term) => fold(term) || null,
    searchOptions: { processTerm: (term) => fold(term) || null }
  })
  /** Bumped on every change: cached orders and results are for one version only. */
  private version = 0
  private sorted = new Map<InsightQuery['sort'], { version: number; rows: InsightRow[] }>()
  private last: {
    key: string
    version: number
    matched: InsightRow[]
    page: Omit<InsightPage, 'rows' | 'offset' | 'ready'>
  } | null = null

  get size(): number {
    return this.rows.size
  }

  /** Add or replace one note; an unchanged note costs a comparison, not a re-index. */
  upsert(row: InsightRow): void {
    const key = keyOf(row.sessionId, row.noteId)
    const before = this.rows.get(key)
    if (before && sameRow(before, row)) return
    if (before) this.text.discard(key)
    this.text.add(docOf(row))
    this.rows.set(key, row)
    let keys = this.bySession.get(row.sessionId)
    if (!keys) this.bySession.set(row.sessionId, (keys = new Set()))
    keys.add(key)
    this.version++
  }

  remove(sessionId: string, noteId: string): void {
    const key = keyOf(sessionId, noteId)
    if (!this.rows.delete(key)) return
    this.text.discard(key)
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
    return this.rows.get(keyOf(sessionId, noteId))
  }

  allRows(): IterableIterator<InsightRow> {
    return this.rows.values()
  }

  /** Search, filter, count and order; one page of rows. The last result is kept for the next page. */
  search(query: InsightQuery, offset: number, limit: number): Omit<InsightPage, 'ready'> {
    const cacheKey = JSON.stringify(query)
    let last = this.last
    if (!last || last.key !== cacheKey || last.version !== this.version) {
      const words = query.q.trim()
      let keep: ((row: InsightRow) => boolean) | undefined
      let terms: string[] = []
      if (words) {
        const hits = this.text.search(words, {
          prefix: true,
          fuzzy: (term) => (term.length > 5 ? 0.15 : false),
          combineWith: 'AND'
        })
        const found = new Set(hits.map((h) => h.id as string))
        terms = [...new Set(hits.flatMap((h) => h.terms))]
        keep = (row) => found.has(keyOf(row.sessionId, row.noteId))
      }
      const { matched, facets } = filterAndCount(this.ordered(query.sort), query, keep)
      last = {
        key: cacheKey,
        version: this.version,
        matched,
        page: { total: matched.length, all: this.rows.size, facets, terms }
      }
      this.last = last
    }
    const { matched, page } = last
    return { ...page, offset, rows: matched.slice(offset, offset + limit) }
  }

  private ordered(sort: InsightQuery['sort']): InsightRow[] {
    const cached = this.sorted.get(sort)
    if (cached && cached.version === this.version) return cached.rows
    const rows = sortRows([...this.rows.values()], sort)
    this.sorted.set(sort, { version: this.version, rows })
    return rows
  }
}
