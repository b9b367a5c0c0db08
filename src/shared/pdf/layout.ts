import type { Language } from '../i18n/languages'
import { PDF_STRINGS, formatInstantDay, formatNumber, printable } from './strings'
import type {
  Content,
  DocDefinition,
  PageBreakBefore,
  PageSize,
  Style,
  StyleProps,
  TableCell,
  TableLayout,
  TableNode,
  TextNode
} from './types'

/** A restrained palette: near-black ink, one teal accent, greys for structure. */
export const COLORS = {
  ink: '#1c2430',
  muted: '#5a6473',
  faint: '#8a93a0',
  rule: '#d3d8de',
  accent: '#0b6e69',
  accentSoft: '#e5f1f0',
  wall: '#a4462e',
  wallSoft: '#f6e9e5',
  door: '#0b6e69'
} as const

export const PAGE = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 }
} as const
export const MARGIN = { side: 56, top: 70, bottom: 62 } as const

export const contentWidth = (size: PageSize): number => PAGE[size].width - 2 * MARGIN.side

export const STYLES: Record<string, Style> = {
  kicker: { fontSize: 9, bold: true, color: COLORS.accent, characterSpacing: 1.2 },
  coverTitle: { fontSize: 28, bold: true, color: COLORS.ink, lineHeight: 1.08 },
  coverSubtitle: { fontSize: 13, color: COLORS.muted, lineHeight: 1.3 },
  h1: { fontSize: 17, bold: true, color: COLORS.ink, margin: [0, 0, 0, 4] },
  h2: { fontSize: 12, bold: true, color: COLORS.ink, margin: [0, 14, 0, 4] },
  h3: { fontSize: 10, bold: true, color: COLORS.accent, margin: [0, 10, 0, 3] },
  /** A card's title: named, so the Word export can make each card a heading (src/main/briefs/docx). */
  cardTitle: { fontSize: 14, bold: true, lineHeight: 1.1 },
  lead: { fontSize: 10, color: COLORS.muted, italics: true, margin: [0, 0, 0, 10] },
  body: { fontSize: 10, lineHeight: 1.3 },
  small: { fontSize: 8.5, color: COLORS.muted, lineHeight: 1.25 },
  label: { fontSize: 7.5, bold: true, color: COLORS.muted, characterSpacing: 0.6 },
  th: { fontSize: 8, bold: true, color: COLORS.ink },
  td: { fontSize: 9, lineHeight: 1.25 },
  meta: { fontSize: 8, color: COLORS.faint },
  figure: { fontSize: 24, bold: true, color: COLORS.accent },
  quote: { fontSize: 11, italics: true, lineHeight: 1.35, color: COLORS.ink }
}

/**
 * Every inline property pdfmake looks up, resolved in advance for one of our styles. pdfmake walks
 * its style stack for each property of each inline it does not find on the inline itself; for the
 * hundreds of notes in an outcome brief, setting them up front halves the layout's style work.
 */
export function resolvedStyle(name: string): StyleProps {
  const style = STYLES[name] ?? {}
  return {
    font: 'Roboto',
    fontSize: style.fontSize ?? 10,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    color: style.color ?? COLORS.ink,
    lineHeight: style.lineHeight ?? 1.2,
    characterSpacing: style.characterSpacing ?? 0,
    alignment: 'left',
    noWrap: false,
    opacity: 1,
    sup: false,
    sub: false,
    preserveLeadingSpaces: false,
    preserveTrailingSpaces: false
  }
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Every string from a session or a pack passes through here before it lands in a text node:
 * control and bidi-override characters go, and the glyph Roboto lacks is swapped for its twin.
 */
// Modifier letters (the "ᵉʳ" of "1ᵉʳ étage") are not in Roboto; their plain letters are.
const MODIFIERS = /[\u02b0-\u02b8\u1d2c-\u1d6a]/g

export const clean = (s: string): string =>
  printable(
    s
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL, '')
      .replace(MODIFIERS, (c) => c.normalize('NFKC'))
  )

export const txt = (s: string, style?: string | string[], extra: Partial<TextNode> = {}): TextNode =>
  style === undefined ? { text: clean(s), ...extra } : { text: clean(s), style, ...extra }

/** Shorten at a word boundary; cards and table cells have fixed room. */
export function clip(s: string, max: number): string {
  const flat = s.trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** Upper-case in the document's language (for small labels), so Turkish-style rules never leak in. */
export const caps = (lang: Language, s: string): string => s.toLocaleUpperCase(lang)

export const kicker = (lang: Language, s: string): TextNode => txt(caps(lang, s), 'kicker')

/** A section heading that pdfmake moves to the next page rather than leave alone at the bottom. */
export const heading = (s: string, level: 1 | 2 | 3 = 1, extra: Partial<TextNode> = {}): TextNode =>
  txt(s, `h${level}`, { headlineLevel: level, ...extra })

/**
 * A last resort only: pdfmake places whatever sits in an unbreakable block (the running header
 * and footer included) "on page 1", so this never fires on the first page, nor for a heading
 * followed by such a block. Builders keep headings with what follows (`keepWithNext`).
 */
export const pageBreakBefore: PageBreakBefore = (node, { getFollowingNodesOnPage }) =>
  node.headlineLevel !== undefined && getFollowingNodesOnPage().length === 0

/**
 * Rough printed size of a node in characters. pdfmake silently drops whatever an unbreakable
 * block or row puts past the end of a page, so only content well under a page may be kept whole.
 */
export function textSize(node: unknown): number {
  if (typeof node === 'string') return node.length
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textSize(n), 0)
  if (node === null || typeof node !== 'object') return 0
  const n = node as Record<string, unknown>
  // Each line break or block costs about a short line of height.
  const own = 'text' in n ? 0 : 40
  const table = n.table as { body?: unknown } | undefined
  return (
    own + textSize(n.text) + textSize(n.stack) + textSize(n.columns) + textSize(n.ul) + textSize(table?.body)
  )
}
export const SAFE_UNBREAKABLE = 1400

export const keepTogether = (nodes: Content[], margin?: Content['margin']): Content => {
  const stack: Content = { stack: nodes, unbreakable: textSize(nodes) < SAFE_UNBREAKABLE }
  return margin === undefined ? stack : { ...stack, margin }
}

/**
 * Keep a heading (and any lead) on the same page as the first thing it introduces: a paragraph,
 * or a whole table when it is short. A long table starts under its heading wherever it falls.
 */
export function keepWithNext(head: Content[], rest: Content[]): Content[] {
  const [first, ...others] = rest
  if (!first) return head
  if (textSize(first) >= SAFE_UNBREAKABLE) return [...head, ...rest]
  // A page break inside an unbreakable block leaves a blank page: it belongs on the block.
  const pageBreak = head.find((n) => n.pageBreak)?.pageBreak
  const inner = head.map((n) => {
    if (!n.pageBreak) return n
    const { pageBreak: _moved, ...node } = n
    return node as Content
  })
  return [{ stack: [...inner, first], unbreakable: true, ...(pageBreak ? { pageBreak } : {}) }, ...others]
}

export const rule = (width: number, color: string = COLORS.rule, weight = 0.6): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: weight, lineColor: color }]
})

export const accentBar = (): Content => ({
  canvas: [{ type: 'rect', x: 0, y: 0, w: 36, h: 3, color: COLORS.accent }],
  margin: [0, 0, 0, 10]
})

/** Pack texts use a tiny convention: blank line = paragraph, "- " = bullet. Rendered as text only. */
export function richText(s: string, style = 'body'): Content[] {
  const out: Content[] = []
  for (const para of clean(s).split(/\n\s*\n/)) {
    const lines = para.split('\n').filter((l) => l.trim())
    const bullets = lines.filter((l) => l.startsWith('- '))
    if (bullets.length === 0) {
      if (lines.length) out.push(txt(lines.join(' '), style, { margin: [0, 0, 0, 4] }))
      continue
    }
    const items = lines.map((l) => l.replace(/^- /, ''))
    if (items.every((l) => /^(\d+[.)]\s|…$)/.test(l))) {
      out.push({ stack: items.map((l) => txt(l, style, { margin: [0, 0, 0, 2] })), margin: [0, 0, 0, 4] })
    } else {
      out.push({ ul: items.map((l) => txt(l, style)), markerColor: COLORS.accent, margin: [0, 0, 0, 4] })
    }
  }
  return out
}

export const TABLE_LAYOUT: TableLayout = {
  hLineWidth: (i, node) => (i === 0 ? 0 : i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? COLORS.accent : COLORS.rule),
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 6),
  paddingTop: () => 4,
  paddingBottom: () => 4
}

/** A table with a repeated header row, rows never split across pages, header kept with row one. */
export function table(
  header: string[],
  rows: TableCell[][],
  widths: (number | '*' | 'auto')[],
  lang: Language
): TableNode {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: rows.every((row) => textSize(row) < SAFE_UNBREAKABLE),
      widths,
      body: [header.map((h) => txt(caps(lang, h), 'th', { characterSpacing: 0.4 })), ...rows]
    },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 12]
  }
}

export interface Frame {
  lang: Language
  pageSize: PageSize
  kindLabel: string
  sessionTitle: string
  /** The session's date in words, or "date to be confirmed". */
  sessionDate: string
  generatedAt: Date
  timeZone: string
}

/** Page furniture shared by every document: running header from page 2, footer with page x of y. */
export function frame(f: Frame, content: Content[], extra: Partial<DocDefinition> = {}): DocDefinition {
  const s = PDF_STRINGS[f.lang]
  const width = contentWidth(f.pageSize)
  const prepared = s.preparedWith(formatInstantDay(f.lang, f.generatedAt, f.timeZone))
  return {
    pageSize: f.pageSize,
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    language: f.lang,
    info: {
      title: clean(`${f.sessionTitle} — ${f.kindLabel}`),
      author: 'Passerelle',
      subject: clean(f.kindLabel),
      creator: 'Passerelle',
      creationDate: f.generatedAt
    },
    styles: STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10, color: COLORS.ink, lineHeight: 1.2 },
    header: (page) =>
      page === 1
        ? null
        : {
            stack: [
              {
                // Fixed widths: 'auto' columns are measured twice on every page.
                columns: [
                  txt(clip(f.sessionTitle, 80), 'meta', {
                    width: width - 130,
                    bold: true,
                    color: COLORS.muted
                  }),
                  txt(f.sessionDate, 'meta', { width: 118, alignment: 'right' })
                ],
                columnGap: 12
              },
              { ...rule(width), margin: [0, 5, 0, 0] }
            ],
            margin: [MARGIN.side, 30, MARGIN.side, 0]
          },
    footer: (page, pages) => ({
      columns: [
        txt(`${f.kindLabel} · ${prepared}`, 'meta', { width: width - 112 }),
        txt(s.pageOf(formatNumber(f.lang, page), formatNumber(f.lang, pages)), 'meta', {
          width: 100,
          alignment: 'right',
          noWrap: true
        })
      ],
      columnGap: 12,
      margin: [MARGIN.side, 26, MARGIN.side, 0]
    }),
    pageBreakBefore,
    content,
    ...extra
  }
}

/** The title block every document opens with. */
export function cover(f: Frame, subtitleLines: string[], below: Content[] = [], topGap = 120): Content[] {
  return [
    {
      stack: [
        accentBar(),
        kicker(f.lang, f.kindLabel),
        txt(f.sessionTitle, 'coverTitle', { margin: [0, 10, 0, 12] }),
        ...subtitleLines.filter(Boolean).map((l) => txt(l, 'coverSubtitle')),
        { ...rule(contentWidth(f.pageSize)), margin: [0, 22, 0, 18] },
        ...below
      ],
      margin: [0, topGap, 0, 0]
    }
  ]
}
