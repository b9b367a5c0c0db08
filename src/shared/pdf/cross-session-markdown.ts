import type { CrossBriefInput } from '../insights/cross-brief-input'
import { MARK } from './cross-session-coverage'
import { crossSessionData } from './cross-session-data'
import {
  cityLabel,
  consentText,
  dayRange,
  generatedLine,
  groupPlaceAndDay,
  placeLabel,
  sessionDay,
  sessionsLine
} from './cross-session-labels'
import { escapeMarkdown, inline, noteLine, tableOf } from './markdown'
import { PDF_STRINGS, formatNumber, plural } from './strings'
import { localizedText } from '../content/localized'

/**
 * The cross-session brief as Markdown: the same data as the PDF (crossSessionData, so the same
 * consent for every note), user text escaped so no note can become markup.
 */
export function crossSessionMarkdown(input: CrossBriefInput): string {
  const data = crossSessionData(input)
  const lang = input.language
  const s = PDF_STRINGS[lang]
  const c = s.crossBrief
  const out: string[] = []

  out.push(`# ${inline(input.board.name)}`, '')
  const when = data.span ? [dayRange(lang, data.span[0], data.span[1])] : []
  out.push(`**${c.document}** · ${[inline(sessionsLine(lang, data)), ...when].join(' · ')}`, '')
  out.push(`*${generatedLine(lang, data, input.generatedAt)}*`, '')
  out.push(consentText(lang, data), '', c.votesNote, '')

  out.push(`## ${s.summary.title}`, '')
  if (data.themes.length === 0) out.push(c.boardEmpty, '')
  else {
    const cities = (t: (typeof data.themes)[number]) =>
      [...new Set(t.groups.map((g) => cityLabel(lang, g.session)))].map(inline).join(', ') || '—'
    out.push(
      ...tableOf(
        [c.themeTable.theme, c.themeTable.notes, c.themeTable.places],
        data.themes.map((t) => [inline(t.name), formatNumber(lang, t.notes), cities(t)])
      ),
      ''
    )
  }

  out.push(`## ${c.themesTitle}`, '')
  for (const theme of data.themes) {
    out.push(`### ${inline(theme.name)} (${plural(lang, theme.notes, s.coverage.noteCount)})`, '')
    if (theme.groups.length === 0) out.push(c.themeEmpty, '')
    for (const group of theme.groups) {
      out.push(
        `#### ${inline(groupPlaceAndDay(lang, group.session, group.day))} — ${inline(group.session.title)}`,
        '',
        ...group.notes.map((n) => noteLine(lang, n)),
        ''
      )
    }
  }

  out.push(`## ${c.coverage.title}`, '', c.coverage.intro, '')
  if (data.sessions.length === 0 || data.coverage.groups.length === 0) out.push(c.coverage.empty, '')
  else {
    const total = formatNumber(lang, data.sessions.length)
    const header = [
      c.coverage.item,
      ...data.sessions.map((x) => `${formatNumber(lang, x.number)}. ${inline(cityLabel(lang, x))}`),
      c.coverage.total
    ]
    const rows = data.coverage.groups.flatMap((g) => [
      [
        `**${g.kind === 'other' ? c.coverage.otherKinds : s.coverage.kinds[g.kind]}**`,
        ...data.sessions.map(() => ''),
        ''
      ],
      ...g.rows.map((r) => [
        inline(localizedText(r.item.title, lang)),
        ...r.marks.map((m) => (m ? MARK[m] : '')),
        `${formatNumber(lang, r.reachedBy)}/${total}`
      ])
    ])
    out.push(...tableOf(header, rows), '')
    out.push(`${MARK.notes} ${c.coverage.viaNotes} · ${MARK.agenda} ${c.coverage.viaAgenda}`, '')
    const missing = data.coverage.notReached.filter((k) => k.items.length > 0)
    if (missing.length) {
      out.push(`### ${c.coverage.notReached}`, '')
      for (const k of missing)
        out.push(
          `- **${s.coverage.kinds[k.kind]}**${s.colon}${k.items.map((i) => inline(localizedText(i.title, lang))).join(' · ')}`
        )
      out.push('')
    }
  }

  out.push(`## ${c.sources.title}`, '', c.sources.intro, '')
  if (data.sessions.length === 0) out.push(c.noneShared, '')
  else
    out.push(
      ...tableOf(
        ['#', c.sources.session, c.sources.place, c.sources.date, c.sources.origin, c.sources.notes],
        data.sessions.map((x) => [
          formatNumber(lang, x.number),
          inline(x.title),
          inline(placeLabel(lang, x)),
          sessionDay(lang, x),
          x.origin === null ? c.sources.ownSession : inline(x.origin),
          formatNumber(lang, x.notes)
        ])
      ),
      ''
    )
  out.push(`**${s.attribution.packLabel}**${s.colon}${inline(localizedText(input.pack.title, lang))}`, '')
  out.push(escapeMarkdown(localizedText(input.pack.attribution, lang)), '')
  return out.join('\n')
}
