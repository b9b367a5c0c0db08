import { textLayerOf } from '../../shared/pdf/bidi/text-layer'

/**
 * Draws a shaped Arabic piece as src/shared/pdf/bidi/text-layer.ts says: its glyphs with no
 * text (each embedded glyph used this way maps to nothing in ToUnicode), then its typed letters
 * as invisible text (render mode 3) over it, unshaped, scaled to the same width, each glyph
 * mapped to its own letter. pdfkit's encode() is wrapped to do the mapping; pdfkit reuses a glyph
 * for both uses by embedding it twice.
 */

interface FontkitGlyph {
  id: number
  advanceWidth: number
}
interface EmbeddedFont {
  font: { glyphForCodePoint(codePoint: number): FontkitGlyph; unitsPerEm: number }
  layout(text: string, features: unknown): { glyphs: FontkitGlyph[]; positions: unknown[] }
  encode(text: string, features: unknown): [string[], unknown[]]
  widthOfString(text: string, size: number, features?: unknown): number
  subset: { glyphs: number[]; includeGlyph(id: number): number }
  unicode: number[][]
  widths: number[]
  scale: number
  _textCopies?: Map<string, number>
}
export interface LayerDoc {
  text(text: string, x: number, y: number, options: Record<string, unknown>): unknown
  save(): unknown
  restore(): unknown
  addContent(op: string): unknown
}

/**
 * The letters unshaped, one glyph each from the font's character map, right to left (as the
 * shaper would lay them out): no shaping plan is built for a layer no one sees.
 */
function unshaped(font: EmbeddedFont, letters: string[]): { glyphs: FontkitGlyph[]; positions: Position[] } {
  const glyphs = letters.map((l) => font.font.glyphForCodePoint(l.codePointAt(0) ?? 0)).reverse()
  const positions = glyphs.map((g) => {
    const advance = g.advanceWidth * font.scale
    return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }
  })
  return { glyphs, positions }
}
interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

type Mode =
  { kind: 'glyphs' } | { kind: 'letters'; letters: string[]; glyphs: FontkitGlyph[]; positions: Position[] }
let mode: Mode | null = null
let patched = false

function patch(font: EmbeddedFont): void {
  if (patched) return
  const proto = Object.getPrototypeOf(font) as EmbeddedFont
  if (typeof proto.encode !== 'function' || !('subset' in font)) return
  patched = true
  const encode = proto.encode
  proto.encode = function (text, features) {
    const current = mode
    if (!current) return encode.call(this, text, features)
    const { glyphs, positions } = current.kind === 'letters' ? current : this.layout(text, features)
    const copies = (this._textCopies ??= new Map())
    const codes = glyphs.map((glyph, i) => {
      // The shaper laid the letters out right to left: glyph i is letter n-1-i.
      const stands = current.kind === 'letters' ? (current.letters[glyphs.length - 1 - i] ?? '') : ''
      const key = `${glyph.id}\u0000${stands}`
      let gid = copies.get(key)
      if (gid === undefined) {
        gid = this.subset.includeGlyph(glyph.id)
        const taken = this.unicode[gid]
        if (taken && String.fromCodePoint(...taken) !== stands) {
          this.subset.glyphs.push(glyph.id)
          gid = this.subset.glyphs.length - 1
        }
        this.unicode[gid] = Array.from(stands, (c) => c.codePointAt(0) ?? 0)
        this.widths[gid] = glyph.advanceWidth * this.scale
        copies.set(key, gid)
      }
      return `0000${gid.toString(16)}`.slice(-4)
    })
    return [codes, positions]
  }
}

const ARABIC_LETTER = /\p{Script=Arabic}/u

export interface Piece {
  text: string
  font: unknown
  fontSize: number
  fontFeatures?: unknown
  characterSpacing?: number
  _actual?: string
  _rtl?: boolean
}

/** Draw one piece; `draw` is pdfkit's own text(). */
export function drawPiece(
  doc: LayerDoc,
  draw: LayerDoc['text'],
  piece: Piece | undefined,
  args: [string, number, number, Record<string, unknown>]
): unknown {
  const [s, x, y, options] = args
  const layer = piece && ARABIC_LETTER.test(s) ? textLayerOf(s, piece._actual, piece._rtl ?? false) : null
  if (!piece || !layer) return draw.call(doc, s, x, y, options)
  const font = piece.font as EmbeddedFont
  patch(font)
  const size = piece.fontSize
  const left = layer.leftSpaces ? font.widthOfString(layer.leftSpaces, size, piece.fontFeatures) : 0
  mode = { kind: 'glyphs' }
  try {
    // Spaces are not drawn: a textless glyph between two words would join them for pdftotext.
    draw.call(doc, layer.drawnLetters, x + left, y, options)
    const letters = Array.from(layer.text)
    const shaped = font.widthOfString(layer.drawnLetters, size, piece.fontFeatures)
    const layout = unshaped(font, letters)
    const plain = (layout.positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / 1000
    mode = { kind: 'letters', letters, ...layout }
    doc.save()
    doc.addContent('3 Tr')
    draw.call(doc, layer.text, x + left, y, {
      lineBreak: false,
      textWidth: shaped,
      // Scaled, not spaced: a negative letter spacing lets poppler's letter boxes overrun the
      // next word and join the two.
      horizontalScaling: plain > 0 ? (100 * shaped) / plain : 100
    })
    doc.restore()
  } finally {
    mode = null
  }
  return doc
}
