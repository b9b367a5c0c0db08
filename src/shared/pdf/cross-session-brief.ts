import type { CrossBriefInput } from '../insights/cross-brief-input'
import type { Language } from '../i18n/languages'
import { OPENS_TABLE, crossCoverageSection, keepTitlesWithTables } from './cross-session-coverage'
import {
  type CrossGroup,
  type CrossSessionData,
  type CrossTheme,
  crossSessionData
} from './cross-session-data'
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
import { keepTogether, keepWithNext } from './keep-together'
import {
  COLORS,
  accentBar,
  caps,
  clip,
  contentWidth,
  heading,
  kicker,
  richText,
  rule,
  table,
  txt
} from './layout'
import { frame, type Frame } from './page-frame'
import { noteNode } from './outcome-notes'
import { PDF_STRINGS, formatNumber, plural, pluralRules } from './strings'
import type { Content, DocDefinition, TableCell, TextNode } from './types'
import { localizedText } from '../content/localized'

/**
 * A board's themes, drawing on notes from many sessions, for the people who decide (a mayor, a
 * council): what was said, theme by theme, where and when; which parts of the note each session
 * worked on; and where it all comes from. Each note is printed as its own session's consent allows
 * (crossSessionData). Sections follow one another; a heading never sits alone at a page's foot.
 */
export function crossSessionBrief(input: CrossBriefInput): DocDefinition {
  const data = crossSessionData(input)
  const lang = input.language
  const s = PDF_STRINGS[lang]
  const f: Frame = {
    lang,
    pageSize: input.pageSize,
    kindLabel: s.crossBrief.document,
    sessionTitle: input.board.name,
    sessionDate: data.span ? dayRange(lang, data.span[0], data.span[1], 'short') : '',
    generatedAt: input.generatedAt,
    timeZone: data.timeZone
  }
  return frame(
    f,
    [
      ...masthead(input, data, f),
      ...summary(lang, data),
      ...themesSection(lang, data),
      ...crossCoverageSection(lang, data, input.pageSize),
      ...sourcesSection(input, data)
    ],
    { pageBreakBefore: keepTitlesWithTables }
  )
}

const SECTION: Partial<TextNode> = { margin: [0, 16, 0, 5] }

function masthead(input: CrossBriefInput, data: CrossSessionData, f: Frame): Content[] {
  const lang = input.language
  const s = PDF_STRINGS[lang].crossBrief
  return [
    accentBar(),
    kicker(lang, f.kindLabel),
    txt(input.board.name, 'coverTitle', { fontSize: 22, margin: [0, 8, 0, 8] }),
    txt(sessionsLine(lang, data), 'coverSubtitle', { fontSize: 11 }),
    ...(data.span
      ? [txt(dayRange(lang, data.span[0], data.span[1]), 'coverSubtitle', { fontSize: 11 })]
      : []),
    txt(generatedLine(lang, data, input.generatedAt), 'meta', { margin: [0, 4, 0, 0] }),
    { ...rule(contentWidth(input.pageSize)), margin: [0, 10, 0, 8] },
    txt(consentText(lang, data), 'small'),
    txt(s.votesNote, 'small', { margin: [0, 3, 0, 0] })
  ]
}

function figure(lang: Language, value: number, label: { one: string; other: string }): Content {
  return {
    stack: [
      txt(formatNumber(lang, value), 'figure'),
      txt(pluralRules(lang).select(value) === 'one' ? label.one : label.other, 'small')
    ]
  }
}

function summary(lang: Language, data: CrossSessionData): Content[] {
  const s = PDF_STRINGS[lang]
  const c = s.crossBrief
  const figures: Content = {
    columns: [
      figure(lang, data.counts.included, s.summary.notesShared),
      figure(lang, data.themes.length, c.figures.themes),
      figure(lang, data.sessions.length, c.figures.sessions),
      figure(lang, data.places, c.figures.places)
    ],
    columnGap: 16,
    margin: [0, 4, 0, 8]
  }
  const rows: TableCell[][] = data.themes.map((t) => [
    txt(t.name, 'td', { bold: true }),
    txt(formatNumber(lang, t.notes), 'td', { alignment: 'right' }),
    txt(t.groups.length ? citiesOf(lang, t) : '—', 'td', t.groups.length ? {} : { color: COLORS.faint })
  ])
  const head = [heading(s.summary.title, 1, SECTION), figures]
  if (rows.length === 0) return keepWithNext(head, [txt(c.boardEmpty, 'body')])
  return keepWithNext(head, [
    table([c.themeTable.theme, c.themeTable.notes, c.themeTable.places], rows, ['*', 40, 190], lang)
  ])
}

const citiesOf = (lang: Language, theme: CrossTheme): string =>
  [...new Set(theme.groups.map((g) => cityLabel(lang, g.session)))].join(', ')

function groupNodes(lang: Language, group: CrossGroup): Content[] {
  const head: Content = {
    text: [
      txt(groupPlaceAndDay(lang, group.session, group.day)),
      txt(`\u2003${clip(group.session.title, 90)}`, 'meta', { bold: false, color: COLORS.muted })
    ],
    style: 'h3',
    margin: [0, 8, 0, 4]
  }
  return keepWithNext(
    [head],
    group.notes.map((n) => noteNode(lang, n))
  )
}

function themeNodes(lang: Language, theme: CrossTheme): Content[] {
  const s = PDF_STRINGS[lang]
  const meta =
    theme.notes > 0
      ? `${plural(lang, theme.notes, s.coverage.noteCount)} · ${citiesOf(lang, theme)}`
      : plural(lang, 0, s.coverage.noteCount)
  const head: Content[] = [
    { ...rule(40, COLORS.accent, 1.5), margin: [0, 14, 0, 6] },
    heading(theme.name, 2, { fontSize: 13, margin: [0, 0, 0, 1] }),
    txt(meta, 'meta', { margin: [0, 0, 0, 2] })
  ]
  if (theme.groups.length === 0)
    return keepWithNext(head, [txt(s.crossBrief.themeEmpty, 'body', { color: COLORS.muted })])
  return keepWithNext(
    head,
    theme.groups.flatMap((g) => groupNodes(lang, g))
  )
}

function themesSection(lang: Language, data: CrossSessionData): Content[] {
  const s = PDF_STRINGS[lang].crossBrief
  const title = heading(s.themesTitle, 1, SECTION)
  if (data.themes.length === 0) return keepWithNext([title], [txt(s.boardEmpty, 'body')])
  return keepWithNext(
    [title],
    data.themes.flatMap((t) => themeNodes(lang, t))
  )
}

function sourcesSection(input: CrossBriefInput, data: CrossSessionData): Content[] {
  const lang = input.language
  const s = PDF_STRINGS[lang]
  const c = s.crossBrief.sources
  const rows: TableCell[][] = data.sessions.map((x) => [
    txt(formatNumber(lang, x.number), 'td', { bold: true, color: COLORS.accent }),
    txt(x.title, 'td', { bold: true }),
    txt(placeLabel(lang, x), 'td'),
    txt(sessionDay(lang, x), 'td'),
    txt(x.origin ?? c.ownSession, 'td', x.origin ? {} : { color: COLORS.muted }),
    txt(formatNumber(lang, x.notes), 'td', { alignment: 'right' })
  ])
  // The table runs on over a page if it must; keepTitlesWithTables keeps the title with its first rows.
  const sources = rows.length
    ? [
        heading(c.title, 1, { ...SECTION, headlineLevel: OPENS_TABLE.short }),
        txt(c.intro, 'lead'),
        table(['#', c.session, c.place, c.date, c.origin, c.notes], rows, [14, '*', 100, 72, 80, 30], lang)
      ]
    : keepWithNext([heading(c.title, 1, SECTION)], [txt(s.crossBrief.noneShared, 'body')])
  return [
    ...sources,
    keepTogether(
      [
        txt(caps(lang, s.attribution.packLabel), 'label', { margin: [0, 0, 0, 2] }),
        txt(localizedText(input.pack.title, lang), 'body', { bold: true, margin: [0, 0, 0, 4] }),
        ...richText(localizedText(input.pack.attribution, lang), 'small')
      ],
      [0, 6, 0, 0]
    )
  ]
}
