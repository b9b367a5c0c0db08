/**
 * Mixed-direction text in interface messages. A value interpolated into a message (a session
 * title, a note, a city) may be written in the other direction from the interface: an Arabic
 * note in a French message, "Atelier Sousse!" in an Arabic one. Unisolated, the bidi algorithm
 * lets such a run pull the message's punctuation and quotes across it. Wrapping the value in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069) keeps it one unit that takes
 * its own direction from its first letter, as `<bdi>` does in markup.
 *
 * Only values holding a letter of the other direction are wrapped: numbers and same-direction
 * text stay byte-for-byte as they were, so Latin-only messages never change.
 */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/

export const FSI = '\u2068'
export const PDI = '\u2069'

export function isolateForDirection(value: string, dir: 'ltr' | 'rtl'): string {
  const foreign = dir === 'rtl' ? LTR_LETTER : RTL_LETTER
  return foreign.test(value) ? `${FSI}${value}${PDI}` : value
}

/** Whether a text holds any right-to-left letter (Arabic, Hebrew…). */
export function hasRtlLetters(value: string): boolean {
  return RTL_LETTER.test(value)
}
