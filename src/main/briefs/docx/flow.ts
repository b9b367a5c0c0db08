import type { CanvasNode, Content, Style, TableNode, TextNode } from '../../../shared/pdf/types'
import type { PageLines } from './background'
import { gridOf } from './grid'
import { type FieldTexts, type TextStyle, cascade, marginOf, runsOf, styleNames } from './inline'
import { type Block, type HeadingKind, type Para, paragraph } from './model'
import { edges, hex } from './units'

/** What the walk over a definition's content needs to know. */
export interface FlowContext {
  styles: Record<string, Style>
  /** pdfmake style name → Word heading level (or Title). */
  headings: Record<string, HeadingKind>
  /** The formatting of the Word style a paragraph gets (Normal when no heading), runs are written against it. */
  baseFor(heading: HeadingKind | undefined): TextStyle
  /** Only in headers and footers: the printed page numbers to turn into fields. */
  fields?: FieldTexts
  /** Each list gets its own numbering instance, so every numbered list starts at 1. */
  nextList(): number
  /** Only for a table that opens a page: where it starts, and the page background's lines. */
  pageLines?: PageLines
}

type Any = Record<string, unknown>
const isObject = (v: unknown): v is Any => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * One node of a pdfmake definition, as paragraphs and tables. `width` is the room across in
 * points (for star-width columns). Kinds of node this converter does not know (images, QR codes,
 * SVG: nothing the builders make today) are left out rather than failing the export.
 */
export function flow(node: unknown, parent: TextStyle, ctx: FlowContext, width: number): Block[] {
  if (typeof node === 'string' || typeof node === 'number')
    return [textPara({ text: String(node) }, parent, ctx)]
  if (Array.isArray(node)) return flow({ stack: node }, parent, ctx, width)
  if (!isObject(node)) return []
  const style = cascade(parent, node, ctx.styles)
  // Page coordinates hold for the node they were worked out for, not for what it contains.
  const inner: FlowContext = ctx.pageLines ? { ...ctx, pageLines: undefined } : ctx
  let blocks: Block[]
  if ('text' in node) return box([textPara(node as unknown as TextNode, parent, ctx)], node, ctx)
  else if ('stack' in node) blocks = children(node.stack).flatMap((c) => flow(c, style, inner, width))
  else if ('columns' in node) blocks = columns(node, style, inner, width)
  else if ('ul' in node || 'ol' in node) blocks = list(node, style, inner, width, 0)
  else if ('table' in node) blocks = [gridOf(node as unknown as TableNode, style, ctx, width)]
  else if ('canvas' in node) blocks = canvas(node as unknown as CanvasNode, width)
  else blocks = []
  return box(blocks, node, ctx)
}

const children = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** The heading a text node is: by its own style name, else by pdfmake's headlineLevel. */
export function headingOf(node: unknown, ctx: Pick<FlowContext, 'headings'>): HeadingKind | undefined {
  for (const name of styleNames(node)) {
    const kind = ctx.headings[name]
    if (kind !== undefined) return kind
  }
  const level = (node as { headlineLevel?: unknown }).headlineLevel
  return typeof level === 'number' && level >= 1 && level <= 6 ? (level as HeadingKind) : undefined
}

function textPara(node: TextNode, parent: TextStyle, ctx: FlowContext): Para {
  const heading = headingOf(node, ctx)
  const base = ctx.baseFor(heading)
  const style = cascade(parent, node, ctx.styles)
  const runs = runsOf(node, parent, {
    styles: ctx.styles,
    base,
    ...(ctx.fields ? { fields: ctx.fields } : {})
  })
  const fill = hex((node as { fillColor?: string }).fillColor)
  return paragraph(runs, {
    ...(heading !== undefined ? { heading, keepNext: true } : {}),
    ...(style.alignment !== 'left' ? { alignment: style.alignment } : {}),
    ...(style.lineHeight !== base.lineHeight ? { lineHeight: style.lineHeight } : {}),
    ...(fill ? { fill } : {})
  })
}

/** A node's margin, page breaks and "keep together", applied to what it became. */
function box(blocks: Block[], node: Any, ctx: FlowContext): Block[] {
  if (blocks.length === 0) return blocks
  const [left, top, right, bottom] = edges(marginOf(node, ctx.styles))
  const first = blocks[0]!
  const last = blocks[blocks.length - 1]!
  first.before += top
  last.after += bottom
  if (left || right)
    for (const b of blocks)
      if (b.type === 'p') Object.assign(b, { left: b.left + left, right: b.right + right })
  if (node.pageBreak === 'before') first.pageBreakBefore = true
  if (node.pageBreak === 'after') last.breakAfter = true
  if (node.unbreakable === true) {
    const paras = blocks.filter((b): b is Para => b.type === 'p')
    paras.forEach((p, i) =>
      Object.assign(p, { keepLines: true, keepNext: p.keepNext || i < paras.length - 1 })
    )
  }
  return blocks
}

/** Deep: does this hold a heading? A heading in a side-by-side box would hide it from Word's navigation. */
function holdsHeading(node: unknown, ctx: FlowContext): boolean {
  if (Array.isArray(node)) return node.some((n) => holdsHeading(n, ctx))
  if (!isObject(node)) return false
  if ('text' in node && headingOf(node, ctx) !== undefined) return true
  return ['stack', 'columns', 'ul', 'ol'].some((k) => holdsHeading(node[k], ctx))
}

/**
 * Side-by-side columns: a borderless one-row table keeps them side by side (figures, facts, a
 * footer's two ends). Columns that hold headings are laid one after the other instead, so the
 * headings stay in the document's outline.
 */
function columns(node: Any, style: TextStyle, ctx: FlowContext, width: number): Block[] {
  const cols = children(node.columns)
  if (holdsHeading(cols, ctx)) return cols.flatMap((c) => flow(c, style, ctx, width))
  const gap = typeof node.columnGap === 'number' ? node.columnGap : 0
  const table: TableNode = {
    table: { widths: cols.map((c) => columnWidth(c, style, ctx, width)), body: [cols as Content[]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: (i) => (i < cols.length - 1 ? gap : 0),
      paddingTop: () => 0,
      paddingBottom: () => 0
    }
  }
  return [gridOf(table, style, ctx, width)]
}

/**
 * A column's width as pdfmake would give it: its own, or for "auto" its text's natural width
 * (estimated: an average character is about half an em), so a footer's page count does not take
 * half the line. Star columns share what is left.
 */
function columnWidth(col: unknown, style: TextStyle, ctx: FlowContext, room: number): number | '*' {
  if (!isObject(col)) return '*'
  if (typeof col.width === 'number') return col.width
  if (col.width !== 'auto' || !('text' in col)) return '*'
  const own = cascade(style, col, ctx.styles)
  const text = plainText(col)
  const longest = Math.max(...text.split('\n').map((l) => l.length))
  return Math.min(room / 2, Math.ceil(longest * own.fontSize * 0.55) + 2)
}

const plainText = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : Array.isArray(node)
      ? node.map(plainText).join('')
      : isObject(node)
        ? plainText(node.text)
        : ''

/** Bulleted (ul) and numbered (ol) lists; a list inside an item goes one level deeper. */
function list(node: Any, style: TextStyle, ctx: FlowContext, width: number, level: number): Block[] {
  const ordered = 'ol' in node
  const instance = ctx.nextList()
  return children(ordered ? node.ol : node.ul).flatMap((item) => {
    if (isObject(item) && ('ul' in item || 'ol' in item)) {
      return box(list(item, cascade(style, item, ctx.styles), ctx, width, level + 1), item, ctx)
    }
    const blocks = flow(item, style, ctx, width - 18 * (level + 1))
    const first = blocks.find((b): b is Para => b.type === 'p')
    if (first && first === blocks[0]) first.list = { ordered, level: Math.min(level, 8), instance }
    // What follows an item's first paragraph lines up with its text, under no marker of its own.
    for (const b of blocks) if (b.type === 'p' && b !== first) b.left += 18 * (level + 1)
    return blocks
  })
}

/** A meter's blocks are set this small (points); a full block is about 0.7 em wide. */
const METER_SIZE = 8
const METER_ADVANCE = METER_SIZE * 0.75

/**
 * Drawings have no place in an editable document. A long horizontal line becomes a paragraph rule;
 * a bar over its track becomes a text bar of the same share; anything else (accent marks, boxes)
 * is decoration and is left out.
 */
function canvas(node: CanvasNode, width: number): Block[] {
  const shapes = children(node.canvas).filter(isObject)
  const lines = shapes.filter((s) => s.type === 'line')
  const rects = shapes.filter((s) => s.type === 'rect')
  const rule = lines.find((l) => l.y1 === l.y2 && Math.abs(Number(l.x2) - Number(l.x1)) >= width * 0.5)
  if (rule && rects.length === 0) {
    const lineWidth = typeof rule.lineWidth === 'number' ? rule.lineWidth : 1
    const color = hex(rule.lineColor as string | undefined)
    return [paragraph([], { rule: { width: lineWidth, ...(color ? { color } : {}) }, markSize: 2 })]
  }
  if (rects.length >= 2 && lines.length === 0) {
    const track = Math.max(...rects.map((r) => Number(r.w) || 0))
    const bar = rects[rects.length - 1]!
    const share = track > 0 ? (Number(bar.w) || 0) / track : 0
    const color = hex(bar.color as string | undefined)
    // As many blocks as fill the bar's room, so the meter never wraps onto a second line.
    const cells = share > 0 ? Math.max(1, Math.round(share * Math.floor(width / METER_ADVANCE))) : 0
    return [paragraph([{ text: '█'.repeat(cells), size: METER_SIZE, ...(color ? { color } : {}) }])]
  }
  return []
}
