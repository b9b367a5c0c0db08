import { expect } from 'vitest'
import { arabicRuns, arabicWords } from '../fixtures/briefs/arabic'

const HAS_ARABIC = /[\u0600-\u06FF]/u
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

/**
 * True when `needle`'s words occur in `hay` one after another; the last may be cut short (a
 * phrase taken as its first characters).
 */
export function inOrder(hay: readonly string[], needle: readonly string[]): boolean {
  const last = needle.length - 1
  return hay.some((_, i) =>
    needle.every((w, k) => (k === last ? hay[i + k]?.startsWith(w) : hay[i + k] === w))
  )
}

/**
 * Expects extracted PDF text to hold a phrase. A phrase with Arabic in it is checked the way
 * pdftotext can give it back: a line mixing directions comes out run by run in the order the runs
 * stand on the page, each Arabic run in typed order. In a right-to-left document the same
 * holds for Latin phrases. So each Arabic run must be read in typed
 * order, and every other word (numbers, Latin names) must be there.
 */
export function expectPhrase(text: string, phrase: string, direction: 'ltr' | 'rtl' = 'ltr'): void {
  const flat = (s: string) => s.replace(BIDI_MARKS, '').replace(/\s+/g, ' ')
  // In a right-to-left document a Latin phrase may also be cut by a wrapped table cell, and a
  // range reads from the right (“09:30–09:50” is drawn, and extracted, as “09:50–09:30”).
  if (!HAS_ARABIC.test(phrase) && direction === 'ltr') return void expect(flat(text)).toContain(flat(phrase))
  const words = arabicWords(text)
  for (const run of arabicRuns(phrase))
    expect(inOrder(words, run), `“${run.join(' ')}” in typed order`).toBe(true)
  const others = flat(phrase)
    .replace(/[\u0600-\u06FF]+/gu, ' ')
    .split(/[\s:،,.()«»؛–—]+/u)
    .filter((w) => w.length > 0)
  const plain = flat(text)
  for (const word of others) expect(plain).toContain(word)
}
