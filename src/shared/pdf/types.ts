/**
 * The small part of pdfmake's document-definition format the brief builders use. Defined here
 * because src/shared may not import pdfmake, not even its types. Deliberately absent: `image`,
 * `svg`, `link`, `linkToDestination`, `qr`, attachments — nothing a builder makes can reference a
 * file, a URL or a destination, whatever the session holds.
 */

export type Margins = number | [number, number] | [number, number, number, number]
export type PageSize = 'A4' | 'LETTER'
export type Alignment = 'left' | 'right' | 'center' | 'justify'

export interface StyleProps {
  style?: string | string[]
  font?: string
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  lineHeight?: number
  alignment?: Alignment
  characterSpacing?: number
  margin?: Margins
  noWrap?: boolean
  opacity?: number
  sup?: boolean
  sub?: boolean
  preserveLeadingSpaces?: boolean
  preserveTrailingSpaces?: boolean
}

interface NodeProps {
  margin?: Margins
  style?: string | string[]
  pageBreak?: 'before' | 'after'
  unbreakable?: boolean
  /** Marks a heading for the orphan check in `pageBreakBefore`. */
  headlineLevel?: number
  width?: number | '*' | 'auto'
  fillColor?: string
  colSpan?: number
  border?: [boolean, boolean, boolean, boolean]
}

export interface TextNode extends NodeProps, StyleProps {
  /** Strings from user data only ever land here, as plain strings (never as nested node objects). */
  text: string | TextNode[]
}

export interface StackNode extends NodeProps {
  stack: Content[]
}

export interface ColumnsNode extends NodeProps {
  columns: Content[]
  columnGap?: number
}

export interface ListNode extends NodeProps, StyleProps {
  ul: Content[]
  markerColor?: string
}

export interface CanvasRect {
  type: 'rect'
  x: number
  y: number
  w: number
  h: number
  r?: number
  color?: string
  lineColor?: string
  lineWidth?: number
}

export interface CanvasLine {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  lineWidth?: number
  lineColor?: string
  dash?: { length: number; space?: number }
}

export interface CanvasNode extends NodeProps {
  canvas: (CanvasRect | CanvasLine)[]
}

export type TableCell = Content | Record<string, never>

export interface TableLayout {
  hLineWidth?: (i: number, node: { table: { body: unknown[] } }) => number
  vLineWidth?: (i: number, node: { table: { widths?: unknown[] } }) => number
  hLineColor?: (i: number, node: { table: { body: unknown[] } }) => string
  vLineColor?: (i: number) => string
  paddingLeft?: (i: number) => number
  paddingRight?: (i: number, node: { table: { widths?: unknown[] } }) => number
  paddingTop?: (i: number) => number
  paddingBottom?: (i: number) => number
  fillColor?: (rowIndex: number) => string | null
}

export interface TableNode extends NodeProps {
  table: {
    headerRows?: number
    keepWithHeaderRows?: number
    dontBreakRows?: boolean
    widths?: (number | '*' | 'auto')[]
    heights?: number[]
    body: TableCell[][]
  }
  layout?: TableLayout | 'noBorders'
}

export type Content = TextNode | StackNode | ColumnsNode | ListNode | CanvasNode | TableNode

export interface Style extends StyleProps {
  fillColor?: string
}

export type DynamicContent = (currentPage: number, pageCount: number) => Content | null

/** What pdfmake passes to `pageBreakBefore` for each node; only the fields we read. */
export interface NodeInfo {
  headlineLevel?: number
  pageNumbers: number[]
}
export type PageBreakBefore = (
  node: NodeInfo,
  helpers: { getFollowingNodesOnPage: () => NodeInfo[] }
) => boolean

export interface DocDefinition {
  pageSize: PageSize
  pageMargins: Margins
  content: Content[]
  styles: Record<string, Style>
  defaultStyle: Style
  header?: DynamicContent
  footer?: DynamicContent
  background?: (currentPage: number) => Content | null
  pageBreakBefore?: PageBreakBefore
  /** BCP 47 tag of the document's language (PDF /Lang, read by screen readers). */
  language: string
  /**
   * The document's direction (set by `orient`): the renderer's default for a paragraph with no
   * letter to tell its own, and the side lines start on. pdfmake itself ignores it.
   */
  direction?: 'ltr' | 'rtl'
  info: { title: string; author: string; subject: string; creator: string; creationDate: Date }
}
