import type { TableNode } from '../../../shared/pdf/types'
import { lineAlong } from './background'
import { flow, type FlowContext } from './flow'
import { type TextStyle, marginOf } from './inline'
import { type Border, type Cell, type Grid, type Para, type Row, paragraph } from './model'
import { edges, hex } from './units'

type Fn = (...args: unknown[]) => unknown
type Layout = Record<string, unknown>

/** pdfmake's built-in layouts, by name; anything unnamed gets pdfmake's defaults. */
const NAMED_LAYOUTS: Record<string, Layout> = {
  noBorders: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: (i: number) => (i ? 4 : 0) },
  headerLineOnly: {
    hLineWidth: (i: number, node: TableNode) => (i === (node.table.headerRows ?? 0) && i > 0 ? 2 : 0),
    vLineWidth: () => 0
  },
  lightHorizontalLines: {
    hLineWidth: (i: number, node: TableNode) =>
      i === 0 || i === node.table.body.length ? 0 : i === (node.table.headerRows ?? 0) ? 2 : 1,
    vLineWidth: () => 0,
    hLineColor: (i: number) => (i === 1 ? 'black' : '#aaaaaa')
  }
}
const DEFAULTS: Record<string, unknown> = {
  hLineWidth: 1,
  vLineWidth: 1,
  hLineColor: 'black',
  vLineColor: 'black',
  paddingLeft: 4,
  paddingRight: 4,
  paddingTop: 2,
  paddingBottom: 2,
  fillColor: null
}

/**
 * A layout property as pdfmake reads it: a function of the line, row or column index (and the
 * table node), or a plain value. A layout function that throws on a node it did not expect falls
 * back to pdfmake's default rather than failing the export.
 */
function reader(node: TableNode) {
  const layout: Layout =
    typeof node.layout === 'string' ? (NAMED_LAYOUTS[node.layout] ?? {}) : ((node.layout as Layout) ?? {})
  return (key: string, ...args: unknown[]): unknown => {
    const value = layout[key] ?? DEFAULTS[key]
    if (typeof value !== 'function') return value
    try {
      return (value as Fn)(...args)
    } catch {
      return DEFAULTS[key]
    }
  }
}

const CONTENT_KEYS = ['text', 'stack', 'columns', 'ul', 'ol', 'table', 'canvas']
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

/**
 * A pdfmake table as a Word table: the same rows and cells (spans included), the same lines and
 * fills as far as the layout draws them, header rows repeated on each page, rows kept whole where
 * pdfmake keeps them. Star and auto widths share what the fixed columns leave of `width`.
 */
export function gridOf(node: TableNode, style: TextStyle, ctx: FlowContext, width: number): Grid {
  const read = reader(node)
  const body = Array.isArray(node.table?.body) ? node.table.body : []
  const cols = Math.max(node.table.widths?.length ?? 0, ...body.map((r) => (Array.isArray(r) ? r.length : 0)))
  const pad = (key: string, i: number) => num(read(key, i, node))
  const widths = columnWidths(node, cols, width, pad)
  const line = (dir: 'h' | 'v', i: number, row: number): Border => {
    const w = num(read(`${dir}LineWidth`, i, node))
    const color = hex(read(`${dir}LineColor`, i, node, row) as string | undefined)
    const dash = read(`${dir}LineStyle`, i, node) as { dash?: unknown } | null | undefined
    return { width: w, ...(color ? { color } : {}), ...(dash?.dash ? { dashed: true } : {}) }
  }
  const headerRows = num(node.table.headerRows)
  const heights = node.table.heights
  const drawn = pageDrawn(ctx, widths, body.length, heights)
  const inner: FlowContext = ctx.pageLines ? { ...ctx, pageLines: undefined } : ctx
  const covered = new Set<string>()
  const rows: Row[] = body.map((raw, r) => {
    const cells: Cell[] = []
    const list = Array.isArray(raw) ? raw : []
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r}:${c}`)) continue
      const raw: unknown = list[c]
      // A cell is a node, or a bare string, number or array (pdfmake's shorthands for text and stack).
      const bare = typeof raw === 'string' || typeof raw === 'number' || Array.isArray(raw)
      const cell = (raw && typeof raw === 'object' && !bare ? raw : {}) as Record<string, unknown>
      const colSpan = Math.max(1, Math.min(cols - c, num(cell.colSpan) || 1))
      const rowSpan = Math.max(1, Math.min(body.length - r, num(cell.rowSpan) || 1))
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) if (dr || dc) covered.add(`${r + dr}:${c + dc}`)
      const [ml, mt, mr, mb] = edges(marginOf(cell, ctx.styles))
      const padding: Cell['padding'] = [
        pad('paddingLeft', c) + ml,
        pad('paddingTop', r) + mt,
        pad('paddingRight', c + colSpan - 1) + mr,
        pad('paddingBottom', r + rowSpan - 1) + mb
      ]
      const room = widths.slice(c, c + colSpan).reduce((a, b) => a + b, 0) - padding[0] - padding[2]
      // The cell's own margin became padding; its fill is the cell's, not a paragraph's.
      const content = bare
        ? flow(raw, style, inner, room)
        : Object.keys(cell).some((k) => CONTENT_KEYS.includes(k))
          ? flow({ ...cell, margin: 0, fillColor: undefined, pageBreak: undefined }, style, inner, room)
          : []
      const fill = hex(
        (cell.fillColor as string | undefined) ?? (read('fillColor', r, node, c) as string | null)
      )
      const own = Array.isArray(cell.border) ? (cell.border as boolean[]) : [true, true, true, true]
      const edge = (b: Border, shown: boolean | undefined, around: Border | null): Border =>
        shown === false ? { width: 0 } : b.width > 0 ? b : (around ?? b)
      cells.push({
        blocks: content,
        column: c,
        colSpan,
        rowSpan,
        ...(fill ? { fill } : {}),
        padding,
        borders: {
          left: edge(line('v', c, r), own[0], drawn(c, r, c, r + rowSpan)),
          top: edge(line('h', r, r), own[1], drawn(c, r, c + colSpan, r)),
          right: edge(line('v', c + colSpan, r), own[2], drawn(c + colSpan, r, c + colSpan, r + rowSpan)),
          bottom: edge(line('h', r + rowSpan, r), own[3], drawn(c, r + rowSpan, c + colSpan, r + rowSpan))
        }
      })
    }
    const height = Array.isArray(heights) ? heights[r] : heights
    return {
      cells,
      header: r < headerRows,
      cantSplit: r < headerRows || node.table.dontBreakRows === true,
      // A point less: Word and LibreOffice count a row's borders into its height, and a page of
      // fixed rows (cards) must leave room for the paragraph Word puts after a table.
      ...(typeof height === 'number' && height > 1 ? { minHeight: height - 1 } : {})
    }
  })
  // keepWithHeaderRows: the header stays on the page of the first row under it.
  if (headerRows > 0 && num(node.table.keepWithHeaderRows) > 0)
    for (const row of rows.slice(0, headerRows))
      for (const cell of row.cells) for (const b of cell.blocks) if (b.type === 'p') b.keepNext = true
  for (const row of rows)
    for (const cell of row.cells) if (!cell.blocks.some(isPara)) cell.blocks.push(paragraph([]))
  return { type: 'table', rows, widths, before: 0, after: 0 }
}

const isPara = (b: { type: string }): b is Para => b.type === 'p'

/**
 * For a table that opens a page and whose rows have fixed heights (a sheet of cards), the line the
 * page's background draws along the edge between two grid corners (column, row), if any: the cut
 * lines of the PDF become the cells' borders.
 */
function pageDrawn(ctx: FlowContext, widths: number[], rows: number, heights: unknown) {
  const page = ctx.pageLines
  const fixed =
    Array.isArray(heights) && heights.length >= rows && heights.every((h) => typeof h === 'number')
  if (!page || !fixed) return () => null
  const xs = widths.reduce((at, w) => [...at, at[at.length - 1]! + w], [page.x])
  const ys = (heights as number[]).slice(0, rows).reduce((at, h) => [...at, at[at.length - 1]! + h], [page.y])
  return (c1: number, r1: number, c2: number, r2: number) =>
    lineAlong(page.lines, xs[c1]!, ys[r1]!, xs[c2]!, ys[r2]!)
}

/** Word's column widths include the cell padding; pdfmake's do not. */
function columnWidths(node: TableNode, cols: number, width: number, pad: (k: string, i: number) => number) {
  const given = node.table.widths ?? []
  const padding = (c: number) => pad('paddingLeft', c) + pad('paddingRight', c)
  const fixed = Array.from({ length: cols }, (_, c) => {
    const w = given[c]
    return typeof w === 'number' ? w + padding(c) : null
  })
  const stars = fixed.filter((w) => w === null).length
  const left = width - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0)
  const star = stars ? Math.max(36, left / stars) : 0
  return fixed.map((w) => w ?? star)
}
