import type {
  Alignment,
  CanvasNode,
  Content,
  DocDefinition,
  DynamicContent,
  Margins,
  Style,
  TableCell,
  TableLayout,
  TableNode,
  TextNode
} from '../types'

/**
 * A right-to-left document is its left-to-right layout seen in a mirror: columns and table cells
 * run from the right, margins and alignments swap sides, list markers and small drawings move to
 * the right edge. Text itself is not touched here: its order is settled line by line when drawn
 * (visual.ts), since only then are the lines known.
 */

const flipAlignment = (a: Alignment | undefined): Alignment | undefined =>
  a === 'left' ? 'right' : a === 'right' ? 'left' : a

function flipMargin(m: Margins | undefined): Margins | undefined {
  if (!Array.isArray(m) || m.length !== 4) return m
  const [left, top, right, bottom] = m
  return [right, top, left, bottom]
}

/** The node's own margin and alignment, mirrored (only keys the node has are written). */
function sides<T extends { margin?: Margins; alignment?: Alignment }>(node: T): T {
  const out = { ...node }
  if ('margin' in node) out.margin = flipMargin(node.margin)
  if ('alignment' in node) out.alignment = flipAlignment(node.alignment)
  return out
}

function mirrorText(node: TextNode): TextNode {
  const out = sides(node)
  if (Array.isArray(node.text)) out.text = node.text.map(mirrorText)
  return out
}

function canvasExtent(node: CanvasNode): number {
  return Math.max(0, ...node.canvas.map((s) => (s.type === 'rect' ? s.x + s.w : Math.max(s.x1, s.x2))))
}

/**
 * Shapes are drawn from the box's left edge; mirrored inside their own extent. Outside a cell or
 * a column the box is the whole width, so the drawing is also pushed to the right edge.
 */
function mirrorCanvas(node: CanvasNode, boxed: boolean): Content {
  const extent = canvasExtent(node)
  const canvas = node.canvas.map((s) =>
    s.type === 'rect' ? { ...s, x: extent - s.x - s.w } : { ...s, x1: extent - s.x1, x2: extent - s.x2 }
  )
  if (boxed) return { ...sides(node), canvas }
  const { margin, ...rest } = node
  return {
    columns: [
      { text: '', width: '*' },
      { ...rest, canvas, width: extent }
    ],
    columnGap: 0,
    ...(margin === undefined ? {} : { margin: flipMargin(margin) })
  }
}

/** A row's cells from the right; a spanning cell stays first of the cells it covers. */
function mirrorRow(row: TableCell[]): TableCell[] {
  const groups: TableCell[][] = []
  for (let i = 0; i < row.length;) {
    const cell = row[i] as { colSpan?: number }
    const span = Math.max(1, cell.colSpan ?? 1)
    groups.push(
      row.slice(i, i + span).map((c) => (Object.keys(c).length ? mirrorNode(c as Content, true) : c))
    )
    i += span
  }
  return groups.reverse().flat()
}

function mirrorLayout(layout: TableNode['layout'], columns: number): TableNode['layout'] {
  if (layout === undefined || typeof layout === 'string') return layout
  const out: TableLayout = { ...layout }
  const { paddingLeft, paddingRight, vLineWidth, vLineColor } = layout
  out.paddingLeft = paddingRight
    ? (i) => paddingRight(columns - 1 - i, { table: { widths: new Array(columns) } })
    : undefined
  out.paddingRight = paddingLeft ? (i) => paddingLeft(columns - 1 - i) : undefined
  if (vLineWidth) out.vLineWidth = (i, node) => vLineWidth(columns - i, node)
  if (vLineColor) out.vLineColor = (i) => vLineColor(columns - i)
  for (const key of ['paddingLeft', 'paddingRight'] as const) if (!out[key]) delete out[key]
  return out
}

function mirrorTable(node: TableNode): TableNode {
  const columns = node.table.widths?.length ?? node.table.body[0]?.length ?? 0
  return {
    ...sides(node),
    table: {
      ...node.table,
      ...(node.table.widths ? { widths: [...node.table.widths].reverse() } : {}),
      body: node.table.body.map(mirrorRow)
    },
    layout: mirrorLayout(node.layout, columns)
  }
}

/** pdfmake draws list markers on the left only: a mirrored list is a stack of [item, marker] rows. */
function mirrorList(node: Extract<Content, { ul: Content[] }>): Content {
  const { ul, markerColor, margin, ...style } = node
  return {
    ...(style as object),
    ...(margin === undefined ? {} : { margin: flipMargin(margin) }),
    stack: ul.map((item) => ({
      columns: [
        { stack: [mirrorNode(item, true)], width: '*' },
        { text: '•', width: 12, alignment: 'right', ...(markerColor ? { color: markerColor } : {}) }
      ],
      columnGap: 4
    }))
  } as Content
}

export function mirrorNode(node: Content, boxed = false): Content {
  if ('text' in node) return mirrorText(node)
  if ('stack' in node) return { ...sides(node), stack: node.stack.map((n) => mirrorNode(n, boxed)) }
  if ('columns' in node)
    return { ...sides(node), columns: node.columns.map((n) => mirrorNode(n, true)).reverse() }
  if ('ul' in node) return mirrorList(node)
  if ('table' in node) return mirrorTable(node)
  if ('canvas' in node) return mirrorCanvas(node, boxed)
  return node
}

const mirrorDynamic = (fn: DynamicContent | undefined): DynamicContent | undefined =>
  fn &&
  ((page, pages) => {
    const content = fn(page, pages)
    return content && mirrorNode(content)
  })

const mirrorStyle = (style: Style): Style => ({
  ...style,
  alignment: flipAlignment(style.alignment ?? 'left')
})

export function mirrorDocument(def: DocDefinition): DocDefinition {
  const header = mirrorDynamic(def.header)
  const footer = mirrorDynamic(def.footer)
  return {
    ...def,
    pageMargins: flipMargin(def.pageMargins) ?? def.pageMargins,
    styles: Object.fromEntries(Object.entries(def.styles).map(([name, s]) => [name, mirrorStyle(s)])),
    defaultStyle: mirrorStyle(def.defaultStyle),
    content: def.content.map((n) => mirrorNode(n)),
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {})
  }
}
