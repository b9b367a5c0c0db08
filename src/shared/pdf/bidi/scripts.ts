/**
 * Which characters belong to a right-to-left script, and which font draws them. Roboto has no
 * Arabic glyphs and pdfmake has no font fallback, so every text is cut into runs by script before
 * layout, each run naming its font.
 */

/** The family name the renderer registers for Arabic script (Noto Naskh Arabic). */
export const ARABIC_FONT = 'NotoNaskhArabic'

// Arabic letters, marks, Arabic-Indic digits, presentation forms and the Arabic block's own
// punctuation (، ؛ ؟ ٪ are "Common" script, and Roboto lacks them); ZWJ/ZWNJ steer joining, so
// they stay inside an Arabic run.
const ARABIC =
  /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe\p{Script=Arabic}\u200c\u200d]/u
// Scripts fontkit lays out right to left (it reverses their glyphs itself).
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
// Neither strong nor part of a script: they follow the run they sit in.
const NEUTRAL = /[\s\p{P}\p{S}\u00a0]/u
const LETTER = /\p{L}/u
// Typographic spaces (en, em, thin, narrow no-break…) that Noto Naskh Arabic has no glyph for: they
// always go to a Latin run, or a brief's "note\u2003meta" separator prints as an empty box.
const TYPOGRAPHIC_SPACE = /[\u2000-\u200a\u202f\u205f]/u

export const isArabic = (ch: string): boolean => ARABIC.test(ch)
export const isRtlScript = (ch: string): boolean => RTL_SCRIPT.test(ch)
export const hasRtl = (s: string): boolean => RTL_SCRIPT.test(s) || ARABIC.test(s)

export interface ScriptRun {
  text: string
  arabic: boolean
}

/**
 * Cut a text into Arabic and non-Arabic runs. Spaces and punctuation stay with the run they
 * follow (a run of Arabic words keeps its spaces, so pdfmake sees whole words), except at the
 * start, where they join the first run. Digits are not Arabic: Western digits keep Roboto's look.
 */
export function scriptRuns(text: string): ScriptRun[] {
  if (!hasRtl(text)) return [{ text, arabic: false }]
  const runs: ScriptRun[] = []
  let current: ScriptRun | null = null
  let pending = ''
  for (const ch of text) {
    if (NEUTRAL.test(ch) && !isArabic(ch) && !TYPOGRAPHIC_SPACE.test(ch)) {
      if (current) current.text += ch
      else pending += ch
      continue
    }
    const arabic = isArabic(ch)
    if (!current || current.arabic !== arabic) {
      current = { text: pending + ch, arabic }
      pending = ''
      runs.push(current)
    } else current.text += ch
  }
  if (pending) runs.push({ text: pending, arabic: false })
  return runs
}

/**
 * The direction a paragraph takes on its own, from its first letter (what `dir="auto"` does in
 * HTML); a paragraph with no letter (a number, a date) takes the document's direction.
 */
export function paragraphDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (isRtlScript(ch) && LETTER.test(ch)) return 'rtl'
    if (LETTER.test(ch)) return 'ltr'
  }
  return fallback
}
