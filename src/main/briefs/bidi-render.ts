import { createRequire } from 'node:module'
import { ARABIC_FONT, type Direction, paragraphDirection, placeLine } from '../../shared/pdf/bidi'
import { type LayerDoc, drawPiece } from './text-layer-render'

/**
 * pdfmake lays lines out left to right in typed order and has no hook for bidirectional text, so
 * three of its steps are wrapped, once per thread, to call the pure step in src/shared/pdf/bidi:
 * - building a line notes its paragraph's direction (from the paragraph's first letter);
 * - aligning a line puts a paragraph of several lines that runs against the document on its own
 *   starting side (an Arabic note in a French brief sits right; a Latin one in an Arabic document
 *   left), so each of its lines starts at the same edge;
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
  /** The line is one of several of its paragraph. */
  _wraps?: boolean
}
interface TextNodeState {
  _inlines?: { text: string }[]
  _bidi?: Direction
  _wraps?: boolean
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
/** The pieces of the line being drawn in visual order, and how many were drawn. */
let drawing: Inline[] | null = null
let drawn = 0
const wrappedDocs = new WeakSet<object>()
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
    if (line && node._bidi) {
      if (node._inlines?.length) node._wraps = true
      line._bidi = node._bidi
      line._wraps = node._wraps === true
    }
    return line
  }

  const alignLine = writer.alignLine
  writer.alignLine = function (line) {
    const first = line.inlines[0]
    const own = line._bidi
    // Only a paragraph of several lines: a one-line label or name keeps its place in the layout
    // (a name in a column beside a label would otherwise run into it).
    if (!first || !own || own === documentDirection || !line._wraps) return alignLine.call(this, line)
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
    // Drawn in place: each piece that is a whole inline is that inline, moved; only an inline cut
    // into pieces is copied (copying every inline doubled the drawing time). Everything is put
    // back afterwards: repeated table headers draw the same line object on several pages.
    const saved = inlines.map((i) => [i.text, i.x, i.width] as const)
    const taken = new Set<number>()
    const visual = placed.map((p) => {
      const source = inlines[p.inline] as Inline
      const whole = p.start === 0 && p.end === source.text.length && !taken.has(p.inline)
      taken.add(p.inline)
      const piece = whole ? source : { ...source }
      piece.text = p.text
      piece.x = p.x
      piece.width = p.width
      piece._rtl = p.rtl
      piece._actual = p.actual
      return piece
    })
    const doc = this.pdfDocument
    if (!wrappedDocs.has(doc)) {
      // Wrapped once per document (not per line, which made V8 give up optimising renderLine).
      wrappedDocs.add(doc)
      const text = doc.text
      doc.text = function (s, tx, ty, options) {
        const pieces = drawing
        if (!pieces) return text.call(doc, s, tx, ty, options)
        return drawPiece(doc, text, pieces[drawn++], [s, tx, ty, options])
      }
    }
    drawing = visual
    drawn = 0
    line.inlines = visual
    try {
      renderLine.call(this, line, x, y)
    } finally {
      drawing = null
      line.inlines = inlines
      inlines.forEach((inline, i) => {
        const [text, ix, width] = saved[i] as (typeof saved)[number]
        Object.assign(inline, { text, x: ix, width, _rtl: undefined, _actual: undefined })
      })
    }
  }
}
