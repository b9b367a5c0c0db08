import { Footer, Header } from 'docx'
import type { DocDefinition } from '../../../shared/pdf/types'
import { block } from './emit'
import { type FlowContext, flow } from './flow'
import type { FieldTexts, TextStyle } from './inline'
import { settle } from './settle'
import { edges } from './units'

/** Points, width × height, of the page sizes pdfmake knows by name that a brief could ask for. */
const SIZES: Record<string, [number, number]> = {
  A3: [841.89, 1190.55],
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  LETTER: [612, 792],
  LEGAL: [612, 1008]
}

export interface PageFrame {
  width: number
  height: number
  /** [left, top, right, bottom] in points. */
  margins: [number, number, number, number]
}

export function pageOf(def: DocDefinition): PageFrame {
  const size = def.pageSize as unknown
  const named = typeof size === 'string' ? SIZES[size.toUpperCase()] : undefined
  const given =
    typeof size === 'object' && size !== null ? (size as { width?: unknown; height?: unknown }) : undefined
  let [width, height] =
    named ??
    (typeof given?.width === 'number' && typeof given.height === 'number'
      ? [given.width, given.height]
      : SIZES.A4!)
  if ((def as { pageOrientation?: string }).pageOrientation === 'landscape' && width < height)
    [width, height] = [height, width]
  return { width, height, margins: edges(def.pageMargins ?? 40) }
}

/**
 * pdfmake asks for the header and footer of each page with its number; Word writes them once and
 * numbers the pages itself. They are asked for with two unlikely numbers, and the text those print
 * as becomes Word's PAGE and NUMPAGES fields (see inline.ts).
 */
const PAGE = 987_651
const PAGES = 987_659

function printed(n: number, language: string): string[] {
  let local = String(n)
  try {
    local = new Intl.NumberFormat(language).format(n)
  } catch {
    // An unknown tag prints as the plain number.
  }
  // A narrow no-break space may be printed as a no-break space (Roboto has no U+202F).
  return [...new Set([local, local.replace(/\u202f/g, '\u00a0'), String(n)])]
}

/** What a header or footer is on page `page`: pdfmake's function asked, or its fixed content. */
function furniture(source: unknown, page: number, ctx: FlowContext, style: TextStyle, width: number) {
  let node: unknown
  try {
    node = typeof source === 'function' ? (source as (p: number, n: number) => unknown)(page, PAGES) : source
  } catch {
    node = null
  }
  if (node === null || node === undefined) return null
  // pdfmake places a header with its own margins across the whole page; Word uses the page's.
  const inner = typeof node === 'object' && !Array.isArray(node) ? { ...node, margin: 0 } : node
  return settle(flow(inner, style, ctx, width), { closing: true })
}

/**
 * The first page's header and footer, and every other page's. Page one is asked for as page 1
 * (its number printed as it is, which is right there), the others as page PAGE, whose number
 * becomes a field. When page one differs (the briefs leave the header off their cover), Word's
 * "different first page" is set.
 */
export function headersAndFooters(def: DocDefinition, ctx: FlowContext, style: TextStyle, page: PageFrame) {
  const fields: FieldTexts = { page: printed(PAGE, def.language), pages: printed(PAGES, def.language) }
  const withFields: FlowContext = { ...ctx, fields }
  const width = page.width - page.margins[0] - page.margins[2]
  const sides = (source: unknown) => {
    const first = furniture(source, 1, withFields, style, width)
    const rest = furniture(source, PAGE, withFields, style, width)
    return { first, rest }
  }
  const header = sides(def.header)
  const footer = sides(def.footer)
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  const titlePage = !same(header.first, header.rest) || !same(footer.first, footer.rest)
  const part = (blocks: ReturnType<typeof settle> | null) => ({ children: (blocks ?? []).map(block) })
  return {
    titlePage,
    headers: {
      default: new Header(part(header.rest)),
      ...(titlePage ? { first: new Header(part(header.first)) } : {})
    },
    footers: {
      default: new Footer(part(footer.rest)),
      ...(titlePage ? { first: new Footer(part(footer.first)) } : {})
    },
    /** Points from the page's top to the header, and from its bottom to the footer. */
    distances: {
      header: distance(def.header, page.margins[1], 'header'),
      footer: distance(def.footer, page.margins[3], 'footer')
    }
  }
}

/**
 * pdfmake draws a header its top margin below the page's edge, and a footer its top margin below
 * the body; Word measures both from the page's edge (a footer to its last line, about 10 points).
 */
function distance(source: unknown, pageMargin: number, kind: 'header' | 'footer'): number {
  let node: unknown
  try {
    node = typeof source === 'function' ? (source as (p: number, n: number) => unknown)(PAGE, PAGES) : source
  } catch {
    node = null
  }
  const top =
    node && typeof node === 'object' ? edges((node as { margin?: never }).margin)[1] : pageMargin / 2
  const fromEdge = kind === 'header' ? top : pageMargin - top - 10
  return Math.max(12, Math.min(fromEdge, pageMargin - 12))
}
