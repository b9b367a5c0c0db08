import type { Context } from './input'
import { SAFE_UNBREAKABLE, keepWithNext, textSize } from './keep-together'
import { COLORS, TABLE_LAYOUT, heading, txt } from './layout'
import type { OutcomeData } from './outcome-data'
import { SECTION } from './outcome-sections'
import { PDF_STRINGS, formatNumber, plural } from './strings'
import type { Content, TableCell } from './types'
import { localizedText } from '../content/localized'
import type { Localized } from '../content/schema'

/* The outcome brief's coverage: which purposes and which of the note's material the session reached. */

/** Of each kind of the note's material the session did not reach, how many titles are named. */
const NOT_REACHED_SHOWN = 5

export function coverageSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang]
  const c = s.coverage
  const purposeRows: TableCell[][] = data.coverage.purposes.map((p) => {
    const reached = p.notes > 0 || p.viaAgenda
    const how = [
      ...(p.notes > 0 ? [plural(lang, p.notes, c.noteCount)] : []),
      ...(p.viaAgenda ? [c.viaAgenda] : [])
    ].join(', ')
    return [
      txt(s.purposes[p.purpose], 'td', { bold: true }),
      {
        text: [
          txt(reached ? c.reached : c.notReached, undefined, {
            bold: true,
            color: reached ? COLORS.accent : COLORS.wall
          }),
          ...(how ? [txt(` · ${how}`, undefined, { color: COLORS.muted })] : [])
        ],
        style: 'td'
      }
    ]
  })
  // One row per kind across the page: what was reached, then (muted) what was not, its first
  // titles only: thirty prompts nobody used are a count, not a page.
  const titles = (items: { title: Localized }[], max = Infinity) => {
    if (!items.length) return c.none
    const shown = items.length > max + 1 ? items.slice(0, max) : items
    const names = shown.map((i) => localizedText(i.title, lang)).join(' · ')
    return shown.length < items.length
      ? `${names} · ${c.more(formatNumber(lang, items.length - shown.length))}`
      : names
  }
  const line = (label: string, list: string, style: string): Content => ({
    text: [txt(`${label}${s.colon}`, undefined, { bold: true }), txt(list)],
    style,
    margin: [0, 0, 0, 2]
  })
  const kindRows: TableCell[][] = data.coverage.kinds
    .filter((k) => k.reached.length + k.notReached.length > 0)
    .map((k) => [
      txt(c.kinds[k.kind], 'td', { bold: true }),
      {
        stack: [
          line(c.reached, titles(k.reached), 'td'),
          line(c.notReached, titles(k.notReached, NOT_REACHED_SHOWN), 'small')
        ]
      }
    ])
  // One table, its rows naming themselves (the three purposes, then each kind): no header row.
  const rows = [...purposeRows, ...kindRows]
  return keepWithNext(
    [heading(c.title, 1, SECTION), txt(c.intro, 'lead')],
    [
      {
        table: {
          widths: [150, '*'],
          dontBreakRows: rows.every((row) => textSize(row) < SAFE_UNBREAKABLE),
          body: rows
        },
        layout: {
          ...TABLE_LAYOUT,
          hLineWidth: (i, node) =>
            i === 0 || i === node.table.body.length ? 0.8 : i === purposeRows.length ? 0.8 : 0.4,
          hLineColor: (i) => (i === 0 ? COLORS.accent : COLORS.rule)
        },
        margin: [0, 4, 0, 12]
      }
    ]
  )
}
