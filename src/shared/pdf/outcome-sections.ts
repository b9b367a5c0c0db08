import type { Language } from '../i18n/languages'
import type { JourneyStep } from '../planning/capture'
import { formatClock } from '../planning/schedule'
import type { ExportNote } from './consent'
import type { Context } from './input'
import {
  COLORS,
  SAFE_UNBREAKABLE,
  caps,
  clip,
  heading,
  keepWithNext,
  resolvedStyle,
  richText,
  table,
  txt
} from './layout'
import type { AgendaRow, OutcomeData } from './outcome-data'
import { PDF_STRINGS, formatDay, formatInstantTime, formatMinutes, formatNumber, plural } from './strings'
import type { Content, TableCell } from './types'

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
 * One text node per note (the meta line as an inline run after a line break): a 500-note brief
 * lays out in about half the time of a stack of two nodes. Short notes are kept whole.
 */
const NOTE_INLINE = resolvedStyle('body')
// The meta line shares the note's line height, so the gap under it matches the note's leading.
const META_INLINE = { ...resolvedStyle('meta'), lineHeight: NOTE_INLINE.lineHeight }

export function noteNode(lang: Language, note: ExportNote): Content {
  const text = txt(note.text, undefined, NOTE_INLINE)
  return {
    text: [text, txt(`\n${noteMeta(lang, note)}`, undefined, META_INLINE)],
    margin: [0, 0, 0, 8],
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
    margin: [0, 12, 0, 5]
  }
  return keepWithNext(
    [head],
    notes.map((n) => noteNode(lang, n))
  )
}

export function insightsSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].insights
  const out: Content[] = [heading(s.title, 1, { pageBreak: 'before' })]
  if (data.notes.length === 0) return [...out, txt(s.empty, 'body')]
  const byItemFull = data.clusters.length === 0
  if (!byItemFull) {
    out.push(heading(s.byCluster, 2, { margin: [0, 4, 0, 0] }))
    for (const c of data.clusters) out.push(...groupNodes(lang, c.title, c.votes, c.notes))
    if (data.unclustered.length) out.push(...groupNodes(lang, s.unclustered, null, data.unclustered))
  }
  out.push(heading(s.byItem, 2, { margin: [0, 18, 0, 4] }))
  if (byItemFull) {
    // Without clusters, the note's themes are the only grouping: every note in full, once per theme.
    for (const g of data.byItem) out.push(...groupNodes(lang, g.item.title[lang], g.votes, g.notes))
    if (data.unlinked.length) out.push(...groupNodes(lang, s.otherNotes, null, data.unlinked))
    return out
  }
  const rows: TableCell[][] = data.byItem.map((g) => [
    txt(g.item.title[lang], 'td', { bold: true }),
    txt(formatNumber(lang, g.notes.length), 'td', { alignment: 'right' }),
    txt(formatNumber(lang, g.votes), 'td', { alignment: 'right' }),
    txt(g.notes[0] ? clip(g.notes[0].text, 180) : '', 'td')
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
      txt(data.unlinked[0] ? clip(data.unlinked[0].text, 180) : '', 'td')
    ])
  }
  out.push(table([s.item, s.notes, s.votes, s.topNote], rows, [120, 34, 34, '*'], lang))
  return out
}

export function quotesSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].quotes
  const head = [heading(s.title, 1, { margin: [0, 24, 0, 8] })]
  if (!ctx.session.consent.attributableQuotes) return keepWithNext(head, [txt(s.notAllowed, 'body')])
  if (data.quotes.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const quotes = data.quotes.map((q): Content => ({
    text: [txt(quoted(lang, q.text)), txt(`\n— ${q.speaker ?? s.unattributed}`, 'small', { italics: false })],
    style: 'quote',
    margin: [12, 0, 0, 12],
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
  const head = [heading(s.title, 1, { pageBreak: 'before' }), txt(s.intro, 'lead')]
  if (data.journeys.length === 0) return [...head, txt(s.empty, 'body')]
  const rows: TableCell[][] = data.journeys.map((j) => [
    txt(j.name, 'td', { bold: true }),
    stepNodes(lang, j.doors, COLORS.door),
    stepNodes(lang, j.walls, COLORS.wall)
  ])
  return [...head, table([s.persona, s.doors, s.walls], rows, [80, '*', '*'], lang)]
}

export function actionsSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].actions
  const head = [heading(s.title, 1, { margin: [0, 24, 0, 8] })]
  if (data.actions.length === 0) return keepWithNext(head, [txt(s.empty, 'body')])
  const rows: TableCell[][] = data.actions.map((a) => [
    txt(a.text, 'td'),
    txt(a.owner.trim() || s.ownerToAgree, 'td', a.owner.trim() ? {} : { color: COLORS.faint }),
    txt(a.due ? formatDay(lang, a.due) : s.noDate, 'td', a.due ? {} : { color: COLORS.faint }),
    txt(a.done ? s.done : s.open, 'td', { bold: !a.done, color: a.done ? COLORS.muted : COLORS.accent })
  ])
  return [...head, table([s.action, s.owner, s.due, s.status], rows, ['*', 100, 82, 50], lang)]
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
      txt(reached ? c.reached : c.notReached, 'td', {
        bold: true,
        color: reached ? COLORS.accent : COLORS.wall
      }),
      txt(how || c.none, 'td', { color: COLORS.muted })
    ]
  })
  const titles = (items: { title: Record<Language, string> }[]) =>
    items.length ? items.map((i) => i.title[lang]).join(' · ') : c.none
  const kindRows: TableCell[][] = data.coverage.kinds
    .filter((k) => k.reached.length + k.notReached.length > 0)
    .map((k) => [
      txt(c.kinds[k.kind], 'td', { bold: true }),
      txt(titles(k.reached), 'td'),
      txt(titles(k.notReached), 'td', { color: COLORS.muted })
    ])
  return [
    heading(c.title, 1, { pageBreak: 'before' }),
    txt(c.intro, 'lead'),
    heading(c.purposes, 2, { margin: [0, 4, 0, 2] }),
    table([c.purpose, c.reached, ''], purposeRows, [170, 70, '*'], lang),
    table([c.kind, c.reached, c.notReached], kindRows, [90, '*', '*'], lang)
  ]
}

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
  const plannedCell = {
    stack: [txt(planned, 'td'), txt(formatMinutes(lang, plannedMinutes), 'meta')]
  }
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
    {
      stack: [
        txt(`${start}–${formatInstantTime(lang, row.actual.end, zone)}`, 'td'),
        txt(formatMinutes(lang, ran), 'meta')
      ]
    },
    txt(diff === 0 ? s.onTime : signedMinutes(lang, diff), 'td', {
      bold: diff !== 0,
      color: diff > 0 ? COLORS.wall : diff < 0 ? COLORS.accent : COLORS.muted
    })
  ]
}

export function agendaSection(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].agenda
  const head = [heading(s.title, 1, { pageBreak: 'before' })]
  if (data.agenda.length === 0) return [...head, txt(PDF_STRINGS[lang].runSheet.empty, 'body')]
  const rows = data.agenda.map((row) => agendaCells(ctx, row))
  return [
    ...head,
    ...(data.ranLive ? [] : [txt(s.notLive, 'lead')]),
    table([s.block, s.planned, s.asRun, s.difference], rows, ['*', 80, 80, 66], lang)
  ]
}

export function attributionSection(ctx: Context): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang].attribution
  return keepWithNext(
    [heading(s.title, 1, { margin: [0, 28, 0, 8] })],
    [
      txt(s.lead, 'body', { margin: [0, 0, 0, 8] }),
      txt(caps(lang, s.packLabel), 'label', { margin: [0, 4, 0, 2] }),
      txt(ctx.pack.title[lang], 'body', { bold: true, margin: [0, 0, 0, 4] }),
      ...richText(ctx.pack.attribution[lang], 'small'),
      txt(s.disclaimer, 'small', { margin: [0, 6, 0, 0], italics: true })
    ]
  )
}
