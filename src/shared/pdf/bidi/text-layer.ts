/**
 * The text layer under a shaped Arabic run.
 *
 * Noto Naskh Arabic builds dotted letters from a dotless base and dot marks (its `ccmp`
 * feature): ن, ب, ت and ي share one base glyph in their initial and medial forms, and ة is heh
 * with two dots. No glyph-to-character map can then say which letter a glyph is, and pdfkit maps
 * each glyph to the first character it met, so a brief read back "مدينة" right but printed every
 * later ي as ن. (ActualText spans were tried too: poppler printed each span on a line of its own,
 * letters reversed.) So, as OCR'd PDFs do, the shaped glyphs are drawn with no text, and the
 * typed letters are written over them as invisible text, unshaped, one glyph per letter,
 * stretched to the run's width: that layer is what copying and `pdftotext` read.
 */

export interface TextLayer {
  /** The letters to write, as handed to the shaper (which lays Arabic out right to left). */
  text: string
  /** The drawn run's spaces on the left of the letters, whose width shifts the layer. */
  leftSpaces: string
  /** The drawn run without those spaces, whose width the layer is stretched to. */
  drawnLetters: string
}

const SPACES_END = /\s+$/u
const SPACES_START = /^\s+/u

/**
 * `drawn` is what the shaper was given; `typed` the piece as typed, for a right-to-left piece
 * (drawn mirrored, laid out reversed by the shaper). A left-to-right piece with Arabic-script
 * characters (Arabic-Indic digits) was pre-reversed, so its drawn text already comes out right.
 */
export function textLayerOf(drawn: string, typed: string | undefined, rtl: boolean): TextLayer | null {
  const source = rtl && typed !== undefined && typed.length === drawn.length ? typed : drawn
  // The shaper reverses the run: the text's trailing spaces end up on the left.
  const leftSpaces = SPACES_END.exec(drawn)?.[0] ?? ''
  const text = source.replace(SPACES_END, '').replace(SPACES_START, '')
  if (!text) return null
  return { text, leftSpaces, drawnLetters: drawn.replace(SPACES_END, '').replace(SPACES_START, '') }
}
