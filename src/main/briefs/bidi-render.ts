import { createRequire } from 'node:module'
import { ARABIC_FONT, type Direction, paragraphDirection, placeLine } from '../../shared/pdf/bidi'
import { type LayerDoc, drawPiece } from './text-layer-render'

/**
 * pdfmake lays lines out left to right in typed order and has no hook for bidirectional text, so
 * three of its steps are wrapped, once per thread, to call the pure step in src/shared/pdf/bidi:
 * - building a line notes its paragraph's direction (from the paragraph's first letter);
 * - aligning a line puts a paragraph that runs against the document on its own starting side
 *   (an Arabic note in a French brief sits right; a Latin paragraph in an Arabic document left);
 * - drawing a line puts its pieces in visual order, and writes the typed letters of each
 *   Arabic piece as an invisible text layer (text-layer-render.ts), so copying and `pdftotext`
 *   read the words as typed.
 * Latin lines of a left-to-right document take the unchanged path.
 */
const nodeRequire = createRequire(import.meta.url)

interface PdfFont {
  widthOfString(text: string, size: number, features?: unknown): number
}
interface Inline {
  text: string
  width: number
  x: number
  font: PdfFont
  fontSize: number
  fontFeatures?: unknown
  characterSpacing?: number
  alignment?: string
  _actual?: string
  _rtl?: boolean
}
interface Line {
  inlines: Inline[]
  leadingCut: number
  trailingCut: number
  _bidi?: Direction
}
interface TextNodeState {
  _inlines?: { text: string }[]
  _bidi?: Direction
}
type Proto<T> = { default: { prototype: T } }
type ProvideFont = (
  family: string,
  bold: boolean,
  italics: boolean
) => { ascender: number; descender: number }
/** Roboto's ascender and descender, per 1000 units of the em. */
const LATIN_METRICS = { ascender: 927.734375, descender: -244.140625 }

/** The direction of the document being rendered (renders run one at a time, see render.ts). */
let documentDirection: Direction = 'ltr'
export function setDocumentDirection(direction: Direction | undefined): void {
  documentDirection = direction ?? 'ltr'
}

let installed = false
export function installBidi(): void {
  if (installed) return
  installed = true
  const layout = (
    nodeRequire('pdfmake/js/LayoutBuilder') as Proto<{ buildNextLine(node: TextNodeState): Line | null }>
  ).default.prototype
  const writer = (nodeRequire('pdfmake/js/ElementWriter') as Proto<{ alignLine(line: Line): void }>).default
    .prototype
  const renderer = (
    nodeRequire('pdfmake/js/Renderer') as Proto<{
      pdfDocument: LayerDoc
      renderLine(line: Line, x: number, y: number): void
    }>
  ).default.prototype

  // Noto Naskh Arabic's vertical metrics (1.07 em up, 0.63 em down, room for stacked marks) would
  // make every line holding one Arabic word a third taller than its Latin neighbours. Its lines
  // take Roboto's metrics instead; the body styles' line height leaves the marks room.
  const fonts = (nodeRequire('pdfmake/js/PDFDocument') as Proto<{ provideFont: ProvideFont }>).default
    .prototype
  const provideFont = fonts.provideFont
  fonts.provideFont = function (family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics)
    if (family === ARABIC_FONT) Object.assign(font, LATIN_METRICS)
    return font
  }

  const buildNextLine = layout.buildNextLine
  layout.buildNextLine = function (node) {
    if (node._bidi === undefined && node._inlines) {
      node._bidi = paragraphDirection(node._inlines.map((i) => i.text).join(''), documentDirection)
    }
    const line = buildNextLine.call(this, node)
    if (line && node._bidi) line._bidi = node._bidi
    return line
  }

  const alignLine = writer.alignLine
  writer.alignLine = function (line) {
    const first = line.inlines[0]
    const own = line._bidi
    if (!first || !own || own === documentDirection) return alignLine.call(this, line)
    const start = documentDirection === 'rtl' ? 'right' : 'left'
    const saved = first.alignment
    if (saved !== undefined && saved !== start) return alignLine.call(this, line)
    first.alignment = own === 'rtl' ? 'right' : 'left'
    try {
      alignLine.call(this, line)
    } finally {
      first.alignment = saved
    }
  }

  const renderLine = renderer.renderLine
  renderer.renderLine = function (line, x, y) {
    const { inlines } = line
    const placed = placeLine(
      inlines.map((i) => i.text),
      line._bidi ?? documentDirection,
      (index, text) => {
        const inline = inlines[index] as Inline
        if (text === inline.text) return inline.width
        return (
          inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) +
          (inline.characterSpacing ?? 0) * text.length
        )
      },
      { leading: line.leadingCut, trailing: line.trailingCut }
    )
    if (!placed) return renderLine.call(this, line, x, y)
    // A copy: repeated table headers draw the same line object on several pages.
    const visual: Line = Object.assign(Object.create(Object.getPrototypeOf(line) as object) as Line, line, {
      inlines: placed.map((p) => ({
        ...inlines[p.inline],
        text: p.text,
        x: p.x,
        width: p.width,
        _rtl: p.rtl,
        ...(p.actual ? { _actual: p.actual } : {})
      }))
    })
    const doc = this.pdfDocument
    const text = doc.text
    let drawn = 0
    doc.text = function (s, tx, ty, options) {
      return drawPiece(doc, text, visual.inlines[drawn++], [s, tx, ty, options])
    }
    try {
      renderLine.call(this, visual, x, y)
    } finally {
      doc.text = text
    }
  }
}
