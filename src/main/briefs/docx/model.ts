/**
 * What the converter makes of a pdfmake definition before it becomes docx objects: a flat list of
 * paragraphs and tables whose spacing can still be adjusted. pdfmake puts a container's margins
 * around its first and last child and indents every child; docx objects cannot be changed once
 * built, so the margins are settled on this plain model first (flow.ts), then emitted (emit.ts).
 */

/** A Word heading level, or Word's Title style. */
export type HeadingKind = 1 | 2 | 3 | 4 | 5 | 6 | 'title'

/** Character formatting, relative to the paragraph's style (only what differs is set). */
export interface RunFormat {
  bold?: boolean
  italics?: boolean
  /** RRGGBB */
  color?: string
  /** Points. */
  size?: number
  /** Points of extra space between letters. */
  spacing?: number
  superScript?: boolean
  subScript?: boolean
}

export interface Run extends RunFormat {
  text: string
  /** A line break before the text (pdfmake's "\n"). */
  breakBefore?: boolean
  /** Word fills these in on each page; the header and footer's page numbers become them. */
  field?: 'page' | 'pages'
}

export interface Para {
  type: 'p'
  runs: Run[]
  heading?: HeadingKind
  alignment?: 'left' | 'right' | 'center' | 'justify'
  /** Points. */
  before: number
  after: number
  left: number
  right: number
  /** Line height as a multiple of single spacing. */
  lineHeight?: number
  keepNext?: boolean
  keepLines?: boolean
  pageBreakBefore?: boolean
  /** Moved onto the next block as its pageBreakBefore (settle.ts). */
  breakAfter?: boolean
  /** Points: the size of an empty paragraph's mark (rules and spacers stay thin). */
  markSize?: number
  /** Points: an exact line height (for those thin paragraphs). */
  exactLine?: number
  list?: { ordered: boolean; level: number; instance: number }
  /** A full-width rule under the paragraph (what a drawn horizontal line becomes). */
  rule?: { color?: string; width: number }
  /** RRGGBB behind the paragraph. */
  fill?: string
}

export interface Border {
  /** Points; 0 is no line. */
  width: number
  color?: string
  dashed?: boolean
}

export interface Cell {
  blocks: Block[]
  /** The first column it sits in (a row span from above can push it right). */
  column: number
  colSpan: number
  rowSpan: number
  fill?: string
  /** Padding in points: [left, top, right, bottom]. */
  padding: [number, number, number, number]
  borders: { top: Border; left: Border; bottom: Border; right: Border }
}

export interface Row {
  cells: Cell[]
  header: boolean
  cantSplit: boolean
  /** Points, at least. */
  minHeight?: number
}

export interface Grid {
  type: 'table'
  rows: Row[]
  /** Points, one per column. */
  widths: number[]
  before: number
  after: number
  pageBreakBefore?: boolean
  breakAfter?: boolean
}

export type Block = Para | Grid

export const paragraph = (runs: Run[], extra: Partial<Para> = {}): Para => ({
  type: 'p',
  runs,
  before: 0,
  after: 0,
  left: 0,
  right: 0,
  ...extra
})
