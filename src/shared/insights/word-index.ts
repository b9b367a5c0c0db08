import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import { fold } from '../content/search'
import { PostingPool, type Postings } from './posting-pool'

/** MiniSearch's own word splitting (spaces and punctuation, any script), so "#vivienda" gives "vivienda". */
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/** The folded words of a text, each once. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>()
  for (const token of tokenize(text)) {
    const word = fold(token)
    if (word) words.add(word)
  }
  return [...words]
}

/**
 * Which notes hold which words, for "every word, the last one possibly unfinished" searches. The
 * notes are listed by date, session or votes, never by relevance, so no scores are kept: a word
 * costs four bytes per note that holds it, and a search walks only the lists of its words.
 * Words live in MiniSearch's radix tree (SearchableMap), which finds every word with a prefix.
 *
 * Removing a note marks its number dead instead of rewriting lists; lists are compacted once the
 * dead outnumber a quarter of the living.
 */
export class WordIndex {
  private readonly words = new SearchableMap<Postings>()
  private readonly pool = new PostingPool()
  private alive = new Uint8Array(1024)
  private dead = 0
  private living = 0

  add(ix: number, text: string): void {
    if (ix >= this.alive.length) {
      const grown = new Uint8Array(Math.max(ix + 1, this.alive.length * 2))
      grown.set(this.alive)
      this.alive = grown
    }
    this.alive[ix] = 1
    this.living++
    for (const word of wordsOf(text)) {
      let list = this.words.get(word)
      if (!list) this.words.set(word, (list = this.pool.list()))
      this.pool.push(list, ix)
    }
  }

  /** True when this removal compacted the lists: every number removed so far is in none of them now. */
  remove(ix: number): boolean {
    if (!this.alive[ix]) return false
    this.alive[ix] = 0
    this.living--
    if (++this.dead <= Math.max(1000, this.living / 4)) return false
    this.compact()
    return true
  }

  /**
   * Notes holding every word of `query` (the last as a prefix), as a mask by note number, with
   * the folded words that matched (for highlighting). Null when the query has no words.
   */
  search(query: string): { mask: Uint8Array; terms: string[] } | null {
    const words = tokenize(query)
      .map(fold)
      .filter((w) => w.length > 0)
    if (words.length === 0) return null
    // counts[ix] === k once the note matched the first k words: an intersection without sets.
    const counts = new Uint8Array(this.alive.length)
    const terms: string[] = []
    words.forEach((word, k) => {
      const last = k === words.length - 1
      const lists: Postings[] = []
      if (last) {
        for (const [term, list] of this.words.atPrefix(word)) {
          lists.push(list)
          if (terms.length < 50) terms.push(term)
        }
      } else {
        const list = this.words.get(word)
        if (list) {
          lists.push(list)
          terms.push(word)
        }
      }
      for (const list of lists) this.pool.advance(list, counts, k)
    })
    const mask = new Uint8Array(this.alive.length)
    const all = words.length
    for (let ix = 0; ix < counts.length; ix++) if (counts[ix] === all && this.alive[ix]) mask[ix] = 1
    return { mask, terms }
  }

  private compact(): void {
    const emptied = new Set(this.pool.repack(this.words.values(), (ix) => this.alive[ix] === 1))
    if (emptied.size > 0)
      for (const [word, list] of [...this.words]) if (emptied.has(list)) this.words.delete(word)
    this.dead = 0
  }
}
