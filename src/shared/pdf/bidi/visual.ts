import bidiFactory from 'bidi-js'
import { hasRtl, isRtlScript } from './scripts'

/**
 * The Unicode Bidirectional Algorithm applied to one laid-out line. pdfmake breaks lines in
 * logical order (the order text was typed) and draws their inlines from left to right; this puts
 * the pieces of a line in visual order, so mixed runs read right also across line breaks (each
 * line is reordered on its own, as UAX #9 rule L2 says).
 *
 * Shaping stays with the font: fontkit joins Arabic letters and forms lam-alef through the
 * font's GSUB table, and lays out a run of Arabic script right to left by itself. So a piece is
 * handed over in logical order when fontkit will reverse it, and pre-reversed when it will not.
 */
const bidi = bidiFactory()

export type Direction = 'ltr' | 'rtl'

export interface VisualPiece {
  /** Index of the pdfmake inline the piece comes from. */
  inline: number
  /** The piece's span in that inline's text, [start, end). */
  start: number
  end: number
  /** What to draw: given to the shaper, which may reverse a right-to-left run itself. */
  text: string
  /** Right-to-left level (odd). */
  rtl: boolean
  /**
   * The typed text, when the glyphs come out in another order or mirrored: written as the
   * span's ActualText so copying and `pdftotext` give the words as typed.
   */
  actual?: string
}

const SPACE = /\s/
const reversed = (s: string): string => Array.from(s).reverse().join('')
const mirrored = (s: string): string => {
  let out = ''
  for (const ch of s) out += bidi.getMirroredCharacter(ch) ?? ch
  return out
}

/**
 * The pieces of a line, left to right, or null when the line reads left to right as it is (a
 * left-to-right paragraph with no right-to-left character: the Latin documents' fast path).
 */
export function visualLine(texts: readonly string[], base: Direction): VisualPiece[] | null {
  const line = texts.join('')
  if (base === 'ltr' && !hasRtl(line)) return null
  if (line.length === 0) return []
  const embedding = bidi.getEmbeddingLevels(line, base)
  keepTagsWhole(line, embedding.levels)
  const levels = embedding.levels.slice()
  // L1: whitespace at the end of a line takes the paragraph's level.
  const baseLevel = base === 'rtl' ? 1 : 0
  for (let i = line.length - 1; i >= 0 && SPACE.test(line[i] ?? ''); i--) levels[i] = baseLevel
  const order = bidi.getReorderedIndices(line, embedding)

  const owner = new Int32Array(line.length)
  const offset = new Int32Array(line.length)
  let at = 0
  texts.forEach((t, i) => {
    for (let k = 0; k < t.length; k++, at++) {
      owner[at] = i
      offset[at] = k
    }
  })

  const groups: { inline: number; lo: number; hi: number; odd: boolean }[] = []
  let cur: (typeof groups)[number] | undefined
  for (const idx of order) {
    const inline = owner[idx] ?? 0
    const odd = ((levels[idx] ?? 0) & 1) === 1
    if (cur && cur.inline === inline && cur.odd === odd && (odd ? idx === cur.lo - 1 : idx === cur.hi + 1)) {
      if (odd) cur.lo = idx
      else cur.hi = idx
    } else {
      cur = { inline, lo: idx, hi: idx, odd }
      groups.push(cur)
    }
  }

  return groups.map(({ inline, lo, hi, odd }) => {
    const start = offset[lo] ?? 0
    const end = (offset[hi] ?? 0) + 1
    const logical = (texts[inline] ?? '').slice(start, end)
    return { inline, start, end, rtl: odd, ...drawn(logical, odd) }
  })
}

const TAG = /#(?=[\p{L}\p{N}])/gu

/**
 * A "#" takes the level of the word it starts, as if the tag were isolated: UBA alone would put
 * it on the far side of "migration" inside Arabic ("migration#").
 */
function keepTagsWhole(line: string, levels: Uint8Array): void {
  for (const match of line.matchAll(TAG)) {
    const at = match.index
    levels[at] = levels[at + 1] ?? levels[at] ?? 0
  }
}

function drawn(logical: string, odd: boolean): { text: string; actual?: string } {
  const shaperReverses = [...logical].some(isRtlScript)
  if (!odd) {
    // Arabic-Indic digits are Arabic script: fontkit would reverse them, so hand them reversed.
    return shaperReverses ? { text: reversed(logical), actual: logical } : { text: logical }
  }
  const text = shaperReverses ? mirrored(logical) : reversed(mirrored(logical))
  return text === logical && !shaperReverses ? { text } : { text, actual: logical }
}

export interface PlacedPiece extends VisualPiece {
  x: number
  width: number
}

/**
 * Where each piece goes on the line, from the line's left edge. `measure` gives a piece's advance
 * (the renderer's font metrics; a fixed width per character in tests). Like pdfmake, the spaces
 * pdfmake cut at the line's ends hang outside it: on the left, that is the end of the line in a
 * right-to-left paragraph and its start in a left-to-right one.
 */
export function placeLine(
  texts: readonly string[],
  base: Direction,
  measure: (inline: number, text: string) => number,
  cuts: { leading: number; trailing: number }
): PlacedPiece[] | null {
  const pieces = visualLine(texts, base)
  if (!pieces) return null
  let x = -(base === 'rtl' ? cuts.trailing : cuts.leading)
  return pieces.map((p) => {
    const width = measure(p.inline, p.text)
    const placed = { ...p, x, width }
    x += width
    return placed
  })
}
