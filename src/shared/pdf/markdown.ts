import { PURPOSES } from '../content/constants'
import type { Language } from '../i18n/languages'
import { NOTE_TYPES } from '../planning/capture'
import { formatClock } from '../planning/schedule'
import type { ExportNote } from './consent'
import { type BriefInput, contextOf, placeLine, sessionDateLong } from './input'
import { clean } from './layout'
import { outcomeData } from './outcome-data'
import { PDF_STRINGS, formatDay, formatInstantTime, formatMinutes, formatNumber, plural } from './strings'
import { localizedText } from '../content/localized'

/**
 * The outcome brief as Markdown, for pasting into a report or an e-mail. Same data, same consent
 * rules (it reads `outcomeData`, which reads `exportableNotes`). User text is escaped so that a
 * note can never become a heading, a link, an image or raw HTML in whatever renders the file.
 */
export function escapeMarkdown(s: string): string {
  return clean(s)
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)([-=])(?=\s|$)/gm, '$1\\$2')
}

/** One line of a list item or table cell: newlines folded, pipes already escaped. */
export const inline = (s: string) => escapeMarkdown(s).replace(/\s*\n\s*/g, ' ')

export function noteLine(lang: Language, note: ExportNote): string {
  const s = PDF_STRINGS[lang]
  const meta = [s.noteTypes[note.type]]
  if (note.votes > 0) meta.push(plural(lang, note.votes, s.insights.voteCount))
  if (note.speaker) meta.push(inline(note.speaker))
  return `- ${escapeMarkdown(note.text).replace(/\n/g, '\n  ')} — *${meta.join(' · ')}*`
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`
export const tableOf = (header: string[], rows: string[][]) => [
  row(header),
  row(header.map(() => '---')),
  ...rows.map(row)
]

export function buildMarkdown(input: BriefInput): string {
  const ctx = contextOf(input, 'outcome-brief')
  const lang = ctx.language
  const s = PDF_STRINGS[lang]
  const data = outcomeData(ctx)
  const out: string[] = []
  const kept = data.counts.total - data.counts.included

  out.push(`# ${inline(ctx.session.title)}`, '')
  out.push(
    `**${s.documents['outcome-brief']}** · ${inline(sessionDateLong(ctx))} · ${inline(placeLine(ctx))}`,
    ''
  )
  out.push(
    kept > 0
      ? s.summary.consentLine(formatNumber(lang, data.counts.included), formatNumber(lang, kept))
      : s.summary.allShared(formatNumber(lang, data.counts.included)),
    ''
  )

  out.push(`## ${s.summary.title}`, '', `### ${s.summary.byType}`, '')
  for (const t of NOTE_TYPES)
    if (data.byType[t] > 0) out.push(`- ${s.noteTypes[t]}: ${formatNumber(lang, data.byType[t])}`)
  out.push('', `### ${s.summary.byPurpose}`, '')
  for (const p of PURPOSES) out.push(`- ${s.purposes[p]}: ${formatNumber(lang, data.byPurpose[p])}`)
  out.push(`- ${s.summary.noPurpose}: ${formatNumber(lang, data.byPurpose.none)}`, '')

  out.push(`## ${s.insights.title}`, '')
  if (data.notes.length === 0) out.push(s.insights.empty, '')
  const group = (title: string, votes: number | null, notes: ExportNote[]) => {
    const count = votes === null ? '' : ` (${plural(lang, votes, s.insights.voteCount)})`
    out.push(`#### ${inline(title)}${count}`, '', ...notes.map((n) => noteLine(lang, n)), '')
  }
  if (data.clusters.length) {
    out.push(`### ${s.insights.byCluster}`, '')
    for (const c of data.clusters) group(c.title, c.votes, c.notes)
    if (data.unclustered.length) group(s.insights.unclustered, null, data.unclustered)
  }
  if (data.notes.length) {
    out.push(`### ${s.insights.byItem}`, '')
    for (const g of data.byItem) group(localizedText(g.item.title, lang), g.votes, g.notes)
    if (data.unlinked.length) group(s.insights.otherNotes, null, data.unlinked)
  }

  out.push(`## ${s.quotes.title}`, '')
  if (!ctx.session.consent.attributableQuotes) out.push(s.quotes.notAllowed, '')
  else if (data.quotes.length === 0) out.push(s.quotes.empty, '')
  else
    for (const q of data.quotes)
      out.push(`> ${inline(q.text)}`, `> — ${inline(q.speaker ?? s.quotes.unattributed)}`, '')

  out.push(`## ${s.journeys.title}`, '')
  if (data.journeys.length === 0) out.push(s.journeys.empty, '')
  else {
    const steps = (list: (typeof data.journeys)[number]['doors']) =>
      list
        .map(
          (st) =>
            `${inline(st.label)} (${s.journeys.places[st.place]})${st.note.trim() ? `: ${inline(st.note)}` : ''}`
        )
        .join('; ') || s.journeys.none
    out.push(
      ...tableOf(
        [s.journeys.persona, s.journeys.doors, s.journeys.walls],
        data.journeys.map((j) => [inline(j.name), steps(j.doors), steps(j.walls)])
      ),
      ''
    )
  }

  out.push(`## ${s.actions.title}`, '')
  if (data.actions.length === 0) out.push(s.actions.empty, '')
  else {
    out.push(
      ...tableOf(
        [s.actions.action, s.actions.owner, s.actions.due, s.actions.status],
        data.actions.map((a) => [
          inline(a.text),
          inline(a.owner.trim()) || s.actions.ownerToAgree,
          a.due ? formatDay(lang, a.due) : s.actions.noDate,
          a.done ? s.actions.done : s.actions.open
        ])
      ),
      ''
    )
  }

  out.push(`## ${s.coverage.title}`, '', s.coverage.intro, '')
  for (const p of data.coverage.purposes) {
    const reached = p.notes > 0 || p.viaAgenda
    out.push(`- ${s.purposes[p.purpose]}: ${reached ? s.coverage.reached : s.coverage.notReached}`)
  }
  out.push('')
  for (const k of data.coverage.kinds) {
    if (k.reached.length + k.notReached.length === 0) continue
    const names = (items: typeof k.reached) =>
      items.map((i) => localizedText(i.title, lang)).join(' · ') || s.coverage.none
    out.push(
      `- **${s.coverage.kinds[k.kind]}** — ${s.coverage.reached}: ${names(k.reached)}; ${s.coverage.notReached}: ${names(k.notReached)}`
    )
  }
  out.push('')

  out.push(`## ${s.agenda.title}`, '')
  if (!data.ranLive) out.push(s.agenda.notLive, '')
  out.push(
    ...tableOf(
      [s.agenda.block, s.agenda.planned, s.agenda.asRun],
      data.agenda.map((r) => {
        const planned = `${formatClock(r.plannedStart)}–${formatClock(r.plannedEnd)} (${formatMinutes(lang, r.plannedEnd - r.plannedStart)})`
        const zone = ctx.session.timeZone
        const ran = !r.actual
          ? s.agenda.notRun
          : `${formatInstantTime(lang, r.actual.start, zone)}–${r.actual.end ? formatInstantTime(lang, r.actual.end, zone) : '…'}`
        return [inline(r.title), planned, ran]
      })
    ),
    ''
  )

  out.push(
    `## ${s.attribution.title}`,
    '',
    s.attribution.lead,
    '',
    escapeMarkdown(localizedText(ctx.pack.attribution, lang)),
    ''
  )
  out.push(`*${s.attribution.disclaimer}*`, '')
  return out.join('\n')
}
