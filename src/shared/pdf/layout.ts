import type { Language } from '../i18n/languages'
import { printable } from './strings'
import { SAFE_UNBREAKABLE, textSize } from './keep-together'
import type {
  Content,
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
