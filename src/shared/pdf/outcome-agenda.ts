import type { Language } from '../i18n/languages'
import { formatClock } from '../planning/schedule'
import type { Context } from './input'
import { keepWithNext } from './keep-together'
import { COLORS, heading, table, txt } from './layout'
import type { AgendaRow, OutcomeData } from './outcome-data'
import { SECTION } from './outcome-sections'
import { PDF_STRINGS, formatInstantTime, formatMinutes } from './strings'
import type { Content, TableCell } from './types'

/* The outcome brief's agenda: each block as planned beside as run, and how far it drifted. */

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
