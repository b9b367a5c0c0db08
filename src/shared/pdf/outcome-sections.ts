import type { Language } from '../i18n/languages'
import type { JourneyStep } from '../planning/capture'
import { formatClock } from '../planning/schedule'
import type { ExportNote } from './consent'
import type { Context } from './input'
import {
  COLORS,
  SAFE_UNBREAKABLE,
  TABLE_LAYOUT,
  caps,
  clip,
  heading,
  keepWithNext,
  resolvedStyle,
  richText,
  table,
  textSize,
  txt
} from './layout'
import type { AgendaRow, OutcomeData } from './outcome-data'
import { PDF_STRINGS, formatDay, formatInstantTime, formatMinutes, formatNumber, plural } from './strings'
import type { Content, TableCell, TextNode } from './types'
import { localizedText } from '../content/localized'
import type { Localized } from '../content/schema'

/** Quotation marks of the brief's language, unless the facilitator already typed some. */
export function quoted(lang: Language, text: string): string {
  const s = text.trim()
  if (/^["«“„‹'‘]/.test(s) && /["»”‟›'’]$/.test(s)) return s
  return lang === 'fr' ? `«\u00a0${s}\u00a0»` : lang === 'es' ? `«${s}»` : `“${s}”`
}

function noteMeta(lang: Language, note: ExportNote): string {
  const s = PDF_STRINGS[lang]
  const parts = [s.noteTypes[note.type]]
  if (note.votes > 0) parts.push(plural(lang, note.votes, s.insights.voteCount))
  if (note.speaker) parts.push(note.speaker)
  return parts.join(' · ')
}

/**
 * One text node per note, its type, votes and speaker following it in small grey type on the
 * same line: a 500-note brief lays out in about half the time of a stack of two nodes, and a
 * short note takes one line. Short notes are kept whole.
 */
const NOTE_INLINE = resolvedStyle('body')
// The meta line shares the note's line height, so the gap under it matches the note's leading.
const META_INLINE = { ...resolvedStyle('meta'), lineHeight: NOTE_INLINE.lineHeight }

export function noteNode(lang: Language, note: ExportNote): Content {
  const text = txt(note.text, undefined, NOTE_INLINE)
  return {
    text: [text, txt(`\u2003${noteMeta(lang, note)}`, undefined, META_INLINE)],
    margin: [0, 0, 0, 5],
    ...(text.text.length < SAFE_UNBREAKABLE ? { unbreakable: true } : {})
  }
}

function groupNodes(lang: Language, title: string, votes: number | null, notes: ExportNote[]): Content[] {
  const s = PDF_STRINGS[lang].insights
  const head: Content = {
    text: [
      txt(title),
      ...(votes === null
        ? []
        : [txt(`   ${plural(lang, votes, s.voteCount)}`, 'meta', { bold: true, color: COLORS.accent })])
    ],
    style: 'h3',
    margin: [0, 10, 0, 4]
  }
  return keepWithNext(
    [head],
    notes.map((n) => noteNode(lang, n))
  )
}

/** Space above each section's title: sections follow one another on the page. */
const SECTION: Partial<TextNode> = { margin: [0, 16, 0, 5] }

/** The theme table's opening of its most voted note: one line; the note is in full above. */
const TOP_NOTE_CHARS = 52

export function insightsSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].insights
  const title = heading(s.title, 1, SECTION)
  if (data.notes.length === 0) return keepWithNext([title], [txt(s.empty, 'body')])
  // Headings are kept with the first note under them by construction: pdfmake's orphan check
  // (`pageBreakBefore`) cannot see through unbreakable blocks, nor work on the first page.
  const byItemFull = data.clusters.length === 0
  if (byItemFull) {
    // Without clusters, the note's themes are the only grouping: every note in full, once per theme.
    const groups = [
      ...data.byItem.flatMap((g) => groupNodes(lang, localizedText(g.item.title, lang), g.votes, g.notes)),
      ...(data.unlinked.length ? groupNodes(lang, s.otherNotes, null, data.unlinked) : [])
    ]
    return keepWithNext([title, heading(s.byItem, 2, { margin: [0, 2, 0, 0] })], groups)
  }
  const groups = [
    ...data.clusters.flatMap((c) => groupNodes(lang, c.title, c.votes, c.notes)),
    ...(data.unclustered.length ? groupNodes(lang, s.unclustered, null, data.unclustered) : [])
  ]
  const out = keepWithNext([title, heading(s.byCluster, 2, { margin: [0, 2, 0, 0] })], groups)
  const rows: TableCell[][] = data.byItem.map((g) => [
    txt(localizedText(g.item.title, lang), 'td', { bold: true }),
    txt(formatNumber(lang, g.notes.length), 'td', { alignment: 'right' }),
    txt(formatNumber(lang, g.votes), 'td', { alignment: 'right' }),
    txt(g.notes[0] ? clip(g.notes[0].text, TOP_NOTE_CHARS) : '', 'small')
  ])
  if (data.unlinked.length) {
    rows.push([
      txt(s.otherNotes, 'td', { italics: true }),
      txt(formatNumber(lang, data.unlinked.length), 'td', { alignment: 'right' }),
      txt(
        formatNumber(
          lang,
          data.unlinked.reduce((sum, n) => sum + n.votes, 0)
        ),
        'td',
        { alignment: 'right' }
      ),
      txt(data.unlinked[0] ? clip(data.unlinked[0].text, TOP_NOTE_CHARS) : '', 'small')
    ])
  }
  out.push(
    ...keepWithNext(
      [heading(s.byItem, 2, { margin: [0, 14, 0, 4] })],
      [table([s.item, s.notes, s.votes, s.topNote], rows, [150, 34, 34, '*'], lang)]
    )
  )
  return out
}

export function quotesSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].quotes
  const head = [heading(s.title, 1, SECTION)]
  if (!ctx.session.consent.attributableQuotes) return keepWithNext(head, [txt(s.notAllowed, 'body')])
  if (data.quotes.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const quotes = data.quotes.map((q): Content => ({
    text: [
      txt(quoted(lang, q.text)),
      txt(`\u2002— ${q.speaker ?? s.unattributed}`, 'small', { italics: false })
    ],
    style: 'quote',
    margin: [12, 0, 0, 8],
    ...(q.text.length < SAFE_UNBREAKABLE ? { unbreakable: true } : {})
  }))
  return keepWithNext(head, quotes)
}

function stepNodes(lang: Language, steps: JourneyStep[], color: string): Content {
  const s = PDF_STRINGS[lang].journeys
  if (steps.length === 0) return txt(s.none, 'td', { color: COLORS.faint })
  return {
    stack: steps.map((step) => ({
      stack: [
        txt(step.label, 'td', { bold: true, color }),
        txt(s.places[step.place], 'meta'),
        ...(step.note.trim() ? [txt(step.note, 'small', { color: COLORS.ink })] : [])
      ],
      margin: [0, 0, 0, 5]
    }))
  }
}

export function journeysSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].journeys
  const head = [heading(s.title, 1, SECTION), txt(s.intro, 'lead')]
  if (data.journeys.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const rows: TableCell[][] = data.journeys.map((j) => [
    txt(j.name, 'td', { bold: true }),
    stepNodes(lang, j.doors, COLORS.door),
    stepNodes(lang, j.walls, COLORS.wall)
  ])
  return keepWithNext(head, [table([s.persona, s.doors, s.walls], rows, [80, '*', '*'], lang)])
}

export function actionsSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].actions
  const head = [heading(s.title, 1, SECTION)]
  if (data.actions.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const rows: TableCell[][] = data.actions.map((a) => [
    txt(a.text, 'td'),
    txt(a.owner.trim() || s.ownerToAgree, 'td', a.owner.trim() ? {} : { color: COLORS.faint }),
    txt(a.due ? formatDay(lang, a.due) : s.noDate, 'td', a.due ? {} : { color: COLORS.faint }),
    txt(a.done ? s.done : s.open, 'td', { bold: !a.done, color: a.done ? COLORS.muted : COLORS.accent })
  ])
  return keepWithNext(head, [table([s.action, s.owner, s.due, s.status], rows, ['*', 96, 78, 44], lang)])
}

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

const NOT_REACHED_SHOWN = 5

function signedMinutes(lang: Language, minutes: number): string {
  const sign = minutes > 0 ? '+' : '−'
  return `${sign}${formatMinutes(lang, Math.abs(minutes))}`
}

function agendaCells(ctx: Context, row: AgendaRow): TableCell[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].agenda
  const zone = ctx.session.timeZone
  const planned = `${formatClock(row.plannedStart)}–${formatClock(row.plannedEnd)}`
  const plannedMinutes = row.plannedEnd - row.plannedStart
  const title = txt(row.title, 'td', row.kind === 'break' ? { color: COLORS.muted } : { bold: true })
  // Times and their length on one line: "09:30–09:50  20 min".
  const span = (range: string, minutes: number): Content => ({
    text: [txt(range), txt(`\u2002${formatMinutes(lang, minutes)}`, 'meta')],
    style: 'td'
  })
  const plannedCell = span(planned, plannedMinutes)
  if (!row.actual) return [title, plannedCell, txt(s.notRun, 'td', { color: COLORS.faint }), txt('', 'td')]
  const start = formatInstantTime(lang, row.actual.start, zone)
  if (row.actual.end === null) {
    return [title, plannedCell, txt(`${start}–…`, 'td'), txt(s.running, 'td', { color: COLORS.faint })]
  }
  const ran = Math.round((Date.parse(row.actual.end) - Date.parse(row.actual.start)) / 60_000)
  const diff = ran - plannedMinutes
  return [
    title,
    plannedCell,
    span(`${start}–${formatInstantTime(lang, row.actual.end, zone)}`, ran),
    txt(diff === 0 ? s.onTime : signedMinutes(lang, diff), 'td', {
      bold: diff !== 0,
      color: diff > 0 ? COLORS.wall : diff < 0 ? COLORS.accent : COLORS.muted
    })
  ]
}

export function agendaSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].agenda
  const head = [heading(s.title, 1, SECTION), ...(data.ranLive ? [] : [txt(s.notLive, 'lead')])]
  if (data.agenda.length === 0) return keepWithNext(head, [txt(PDF_STRINGS[lang].runSheet.empty, 'body')])
  const rows = data.agenda.map((row) => agendaCells(ctx, row))
  return keepWithNext(head, [
    table([s.block, s.planned, s.asRun, s.difference], rows, ['*', 112, 112, 60], lang)
  ])
}

export function attributionSection(ctx: Context): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].attribution
  return keepWithNext(
    [heading(s.title, 1, SECTION)],
    [
      txt(caps(lang, s.packLabel), 'label', { margin: [0, 0, 0, 2] }),
      txt(localizedText(ctx.pack.title, lang), 'body', { bold: true, margin: [0, 0, 0, 4] }),
      ...richText(localizedText(ctx.pack.attribution, lang), 'small'),
      txt(s.disclaimer, 'small', { margin: [0, 6, 0, 0], italics: true })
    ]
  )
}
