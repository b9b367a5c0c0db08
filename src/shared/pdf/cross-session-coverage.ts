import type { Language } from '../i18n/languages'
import type { CrossSession, CrossSessionData } from './cross-session-data'
import { cityLabel, numericDay, sessionFirstDay } from './cross-session-labels'
import { keepWithNext, pageBreakBefore } from './keep-together'
import { COLORS, MARGIN, PAGE, TABLE_LAYOUT, caps, clip, contentWidth, heading, txt } from './layout'
import { PDF_STRINGS, formatNumber } from './strings'
import type { Content, NodeInfo, PageBreakBefore, PageSize, TableCell, TableLayout, TextNode } from './types'
import { localizedText } from '../content/localized'

/**
 * The coverage table: the pack's items down the side, one narrow column per session. Past
 * MAX_COLUMNS sessions the columns are split into several tables of the same rows, evenly, so
 * every column stays wide enough for a city and a date.
 */
export const MARK = { notes: '●', agenda: '○' } as const
const SESSION_COLUMN = 40
const TOTAL_COLUMN = 38
const MAX_COLUMNS = 7
const SECTION: Partial<TextNode> = { margin: [0, 16, 0, 5] }

/** Sessions in runs of at most MAX_COLUMNS, as even as can be (9 sessions: 5 and 4, not 7 and 2). */
export function columnRuns<T>(sessions: T[]): T[][] {
  const runs = Math.max(1, Math.ceil(sessions.length / MAX_COLUMNS))
  const size = Math.ceil(sessions.length / runs)
  const out: T[][] = []
  for (let at = 0; at < sessions.length; at += size) out.push(sessions.slice(at, at + size))
  return out
}

const layoutFor = (columns: number): TableLayout => ({
  ...TABLE_LAYOUT,
  // Narrow mark columns: little padding, a faint rule between them to guide the eye down.
  paddingLeft: (i) => (i === 0 ? 0 : 2),
  paddingRight: (i) => (i === 0 ? 8 : 2),
  paddingTop: () => 3,
  paddingBottom: () => 3,
  vLineWidth: (i) => (i > 0 && i <= columns ? 0.4 : 0),
  vLineColor: () => COLORS.rule
})

function columnHead(lang: Language, session: CrossSession): Content {
  const day = sessionFirstDay(session)
  return {
    stack: [
      txt(formatNumber(lang, session.number), 'th', { alignment: 'center', color: COLORS.accent }),
      txt(clip(cityLabel(lang, session), 14), 'meta', {
        alignment: 'center',
        fontSize: 6.5,
        color: COLORS.ink
      }),
      ...(day ? [txt(numericDay(lang, day), 'meta', { alignment: 'center', fontSize: 6.5 })] : [])
    ]
  }
}

/** A kind's label (7.5 points, line height 1.2) and the margins around it. */
const LABEL_HEIGHT = 4 + 7.5 * 1.2 + 3

function markCell(mark: 'notes' | 'agenda' | null, top: number): TableCell {
  if (!mark) return txt('', 'td')
  return txt(MARK[mark], 'td', {
    alignment: 'center',
    color: mark === 'notes' ? COLORS.accent : COLORS.muted,
    fontSize: 8,
    margin: [0, top, 0, 0]
  })
}

type Groups = CrossSessionData['coverage']['groups']

/** The rows some session of the run reached: a table of sessions 7–12 leaves out what only 1–6 did. */
function groupsFor(data: CrossSessionData, columns: number[]): Groups {
  return data.coverage.groups
    .map((g) => ({ ...g, rows: g.rows.filter((r) => columns.some((k) => r.marks[k])) }))
    .filter((g) => g.rows.length > 0)
}

function coverageTable(lang: Language, data: CrossSessionData, run: CrossSession[], groups: Groups): Content {
  const s = PDF_STRINGS[lang]
  const c = s.crossBrief.coverage
  const columns = run.map((x) => data.sessions.indexOf(x))
  const body: TableCell[][] = [
    [
      txt(caps(lang, c.item), 'th', { characterSpacing: 0.4, margin: [0, 8, 0, 0] }),
      ...run.map((x) => columnHead(lang, x)),
      txt(caps(lang, c.total), 'th', {
        alignment: 'right',
        characterSpacing: 0.2,
        margin: [0, 8, 0, 0],
        fontSize: 6.5
      })
    ]
  ]
  for (const group of groups) {
    const label = group.kind === 'other' ? c.otherKinds : s.coverage.kinds[group.kind]
    group.rows.forEach((row, i) => {
      // The kind's label sits in its first row, never alone at the foot of a page; the row's
      // marks move down by as much, to stay level with the item's title.
      const top = i === 0 ? LABEL_HEIGHT : 0
      const title = txt(localizedText(row.item.title, lang), 'td', { fontSize: 8.5 })
      body.push([
        i === 0
          ? {
              stack: [txt(caps(lang, label), 'label', { color: COLORS.accent, margin: [0, 4, 0, 3] }), title]
            }
          : title,
        ...columns.map((k) => markCell(row.marks[k] ?? null, top)),
        txt(`${formatNumber(lang, row.reachedBy)}/${formatNumber(lang, data.sessions.length)}`, 'td', {
          alignment: 'right',
          fontSize: 8,
          color: COLORS.muted,
          margin: [0, top, 0, 0]
        })
      ])
    })
  }
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', ...run.map(() => SESSION_COLUMN), TOTAL_COLUMN],
      body
    },
    layout: layoutFor(run.length),
    margin: [0, 4, 0, 8]
  }
}

function legend(lang: Language): Content {
  const c = PDF_STRINGS[lang].crossBrief.coverage
  return {
    text: [
      txt(`${MARK.notes} `, undefined, { color: COLORS.accent }),
      txt(c.viaNotes),
      txt(`\u2003${MARK.agenda} `, undefined, { color: COLORS.muted }),
      txt(c.viaAgenda)
    ],
    style: 'small',
    margin: [0, 0, 0, 4]
  }
}

const NOT_REACHED_SHOWN = 6

function notReachedLines(lang: Language, data: CrossSessionData): Content[] {
  const s = PDF_STRINGS[lang]
  const lines = data.coverage.notReached
    .filter((k) => k.items.length > 0)
    .map((k): Content => {
      const shown = k.items.length > NOT_REACHED_SHOWN + 1 ? k.items.slice(0, NOT_REACHED_SHOWN) : k.items
      const names = shown.map((i) => localizedText(i.title, lang)).join(' · ')
      const rest = k.items.length - shown.length
      return {
        text: [
          txt(`${s.coverage.kinds[k.kind]}${s.colon}`, undefined, { bold: true }),
          txt(rest > 0 ? `${names} · ${s.coverage.more(formatNumber(lang, rest))}` : names)
        ],
        style: 'small',
        margin: [0, 0, 0, 2]
      }
    })
  if (lines.length === 0) return []
  return keepWithNext(
    [heading(s.crossBrief.coverage.notReached, 3, { margin: [0, 6, 0, 3] })],
    [{ stack: lines }]
  )
}

/**
 * Points a coverage table takes, over-estimated: rows of 8.5-point titles wrapped at an average
 * Roboto letter width, kind labels, the column heads. pdfmake drops what an unbreakable block puts
 * past a page's end, so this errs long.
 */
function tableHeight(lang: Language, groups: Groups, columns: number, pageSize: PageSize): number {
  const titleWidth = contentWidth(pageSize) - columns * SESSION_COLUMN - TOTAL_COLUMN - 10
  const perLine = Math.max(10, Math.floor(titleWidth / (8.5 * 0.52)))
  const rows = groups.flatMap((g) => g.rows)
  const lines = rows.reduce(
    (sum, r) => sum + Math.ceil(localizedText(r.item.title, lang).length / perLine),
    0
  )
  return HEAD_ROW + lines * LINE + rows.length * ROW_PADDING + groups.length * LABEL_HEIGHT
}
const HEAD_ROW = 44
const LINE = 8.5 * 1.25
const ROW_PADDING = 6.5
/** The section's title, lead and legend. */
const SECTION_HEAD = 100
const pageRoom = (pageSize: PageSize) => PAGE[pageSize].height - MARGIN.top - MARGIN.bottom

/**
 * Titles that open a table running on over pages carry, as their headline level, the points they
 * need below them: the title, its lead, the column heads and a first row. pdfmake cannot tell where
 * a table's first row lands (a row moved to the next page is still reported where it was begun),
 * so the check measures the room left instead of looking at what follows.
 */
export const OPENS_TABLE = { short: 110, tall: 190 } as const

export const keepTitlesWithTables: PageBreakBefore = (node, helpers) => {
  const start = (node as NodeInfo & { startPosition?: { verticalRatio: number; pageInnerHeight: number } })
    .startPosition
  const needs = node.headlineLevel
  if (start && (needs === OPENS_TABLE.short || needs === OPENS_TABLE.tall))
    return start.pageInnerHeight * (1 - start.verticalRatio) < needs
  return pageBreakBefore(node, helpers)
}

/**
 * A short table moves whole (with its titles) to the next page if need be: read at a glance, not
 * across a page turn. A longer one runs on across pages, its column heads repeated, its titles
 * kept with its first rows by `keepTitlesWithTables`.
 */
export function crossCoverageSection(lang: Language, data: CrossSessionData, pageSize: PageSize): Content[] {
  const s = PDF_STRINGS[lang].crossBrief.coverage
  if (data.sessions.length === 0 || data.coverage.groups.length === 0)
    return keepWithNext([heading(s.title, 1, SECTION), txt(s.intro, 'lead')], [txt(s.empty, 'body')])
  const runs = columnRuns(data.sessions)
  const room = pageRoom(pageSize) * 0.45
  const out: Content[] = []
  runs.forEach((run, i) => {
    const groups = groupsFor(
      data,
      run.map((x) => data.sessions.indexOf(x))
    )
    const table = coverageTable(lang, data, run, groups)
    const whole = tableHeight(lang, groups, run.length, pageSize) + (i === 0 ? SECTION_HEAD : 24) < room
    const opens: Partial<TextNode> = whole
      ? {}
      : { headlineLevel: i === 0 ? OPENS_TABLE.tall : OPENS_TABLE.short }
    const above: Content[] =
      i === 0 ? [heading(s.title, 1, { ...SECTION, ...opens }), txt(s.intro, 'lead'), legend(lang)] : []
    if (runs.length > 1) {
      const from = formatNumber(lang, run[0]!.number)
      const to = formatNumber(lang, run.at(-1)!.number)
      const total = formatNumber(lang, data.sessions.length)
      const margin: TextNode['margin'] = [0, i === 0 ? 2 : 10, 0, 2]
      above.push(heading(s.columns(from, to, total), 3, { margin, ...(i > 0 ? opens : {}) }))
    }
    if (whole) out.push({ stack: [...above, table], unbreakable: true })
    else out.push(...above, table)
  })
  return [...out, ...notReachedLines(lang, data)]
}
