import { NOTE_TYPES } from '../planning/capture'
import { PURPOSES } from '../content/constants'
import type { Language } from '../i18n/languages'
import { type Context, placeLine, sessionDateLong, sessionTimeRange } from './input'
import { COLORS, accentBar, caps, clip, contentWidth, heading, kicker, rule, txt } from './layout'
import { frame } from './page-frame'
import { outcomeData, type OutcomeData } from './outcome-data'
import { agendaSection } from './outcome-agenda'
import { coverageSection } from './outcome-coverage'
import { insightsSection, quotesSection } from './outcome-notes'
import { actionsSection, attributionSection, journeysSection } from './outcome-sections'
import { PDF_STRINGS, formatNumber, pluralRules } from './strings'
import type { Content, DocDefinition, TableLayout } from './types'

/**
 * After the session: what was said that may leave the room, what was decided, what was missed.
 * Dense on purpose: the first page says when and where and opens on the summary, and sections
 * follow one another (a heading never sits alone at the foot of a page), so twenty notes fit in
 * about three pages.
 */
export function outcomeBrief(ctx: Context): DocDefinition {
  const data = outcomeData(ctx)
  return frame(ctx.frame, [
    ...masthead(ctx, data),
    ...summary(ctx, data),
    ...insightsSection(ctx, data),
    ...quotesSection(ctx, data),
    ...journeysSection(ctx, data),
    ...actionsSection(ctx, data),
    ...coverageSection(ctx, data),
    ...agendaSection(ctx, data),
    ...attributionSection(ctx)
  ])
}

const FACTS_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 14,
  paddingTop: () => 2,
  paddingBottom: () => 6
}

/** Title, then when, where and with whom, then what consent let out: the brief's first lines. */
function masthead(ctx: Context, data: OutcomeData): Content[] {
  const { session, language: lang } = ctx
  const s = PDF_STRINGS[lang]
  const f = s.facts
  const fact = (label: string, value: string, extra: Content[] = []): Content => ({
    stack: [txt(caps(lang, label), 'label', { margin: [0, 0, 0, 2] }), txt(value, 'body'), ...extra]
  })
  const languages = session.languages.map((l) => s.languageNames[l]).join(', ')
  const zone = txt(session.timeZone, 'meta')
  const audience = session.audience.trim()
  return [
    accentBar(),
    kicker(lang, ctx.frame.kindLabel),
    txt(ctx.frame.sessionTitle, 'coverTitle', { fontSize: 22, margin: [0, 8, 0, 14] }),
    {
      table: {
        widths: [120, 72, '*', 100],
        body: [
          [
            fact(f.date, sessionDateLong(ctx)),
            fact(f.time, sessionTimeRange(ctx), [zone]),
            fact(f.place, placeLine(ctx)),
            fact(f.languages, languages || f.notSet)
          ],
          ...(audience ? [[{ ...fact(f.audience, clip(audience, 400)), colSpan: 4 }, {}, {}, {}]] : [])
        ]
      },
      layout: FACTS_LAYOUT
    },
    { ...rule(contentWidth(ctx.pageSize)), margin: [0, 6, 0, 8] },
    // With no notes taken there is nothing to account for; the summary says none were shared.
    ...(data.counts.total > 0 ? [consentLine(lang, data)] : []),
    txt(s.attribution.lead, 'small', { margin: [0, 3, 0, 0] })
  ]
}

export function consentLine(lang: Language, data: OutcomeData): Content {
  const s = PDF_STRINGS[lang].summary
  const kept = data.counts.total - data.counts.included
  const line =
    kept > 0
      ? s.consentLine(formatNumber(lang, data.counts.included), formatNumber(lang, kept))
      : s.allShared(formatNumber(lang, data.counts.included))
  return txt(line, 'small')
}

function figure(lang: Language, value: number, label: { one: string; other: string }): Content {
  return {
    stack: [
      txt(formatNumber(lang, value), 'figure'),
      txt(pluralRules(lang).select(value) === 'one' ? label.one : label.other, 'small')
    ]
  }
}

const CHART_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 3,
  paddingBottom: () => 3
}

const CHART_GAP = 24

/** Horizontal bars drawn as canvas rectangles; only computed numbers reach the canvas. */
function barChart(
  ctx: Context,
  rows: { label: string; value: number }[],
  width: number,
  labelShare: number
): Content {
  const labelWidth = Math.round(width * labelShare)
  const countWidth = 22
  // Each of the three cells has CHART_LAYOUT's 8 points of right padding.
  const barWidth = width - labelWidth - countWidth - 24
  const max = Math.max(1, ...rows.map((r) => r.value))
  return {
    table: {
      widths: [labelWidth, barWidth, countWidth],
      body: rows.map((r) => [
        txt(r.label, 'td'),
        {
          canvas: [
            { type: 'rect', x: 0, y: 2, w: barWidth, h: 8, color: '#f0f2f4' },
            ...(r.value > 0
              ? [
                  {
                    type: 'rect' as const,
                    x: 0,
                    y: 2,
                    w: Math.max(2, (r.value / max) * barWidth),
                    h: 8,
                    color: COLORS.accent
                  }
                ]
              : [])
          ]
        },
        txt(formatNumber(ctx.language, r.value), 'td', { alignment: 'right', bold: true })
      ])
    },
    layout: CHART_LAYOUT
  }
}

function summary(ctx: Context, data: OutcomeData): Content[] {
  const lang = ctx.language
  const s = PDF_STRINGS[lang]
  const figures: Content = {
    columns: [
      figure(lang, data.counts.included, s.summary.notesShared),
      figure(lang, data.clusters.length, s.summary.clusters),
      figure(lang, data.actions.length, s.summary.actions),
      figure(lang, ctx.session.personas.length, s.summary.personas)
    ],
    columnGap: 16,
    margin: [0, 4, 0, 4]
  }
  const types = NOTE_TYPES.filter((t) => data.byType[t] > 0).map((t) => ({
    label: s.noteTypes[t],
    value: data.byType[t]
  }))
  const purposes = [
    ...PURPOSES.map((p) => ({ label: s.purposes[p], value: data.byPurpose[p] })),
    { label: s.summary.noPurpose, value: data.byPurpose.none }
  ]
  const half = (contentWidth(ctx.pageSize) - CHART_GAP) / 2
  const chart = (title: string, body: Content): Content => ({
    stack: [heading(title, 3, { margin: [0, 0, 0, 4] }), body],
    width: half
  })
  return [
    {
      stack: [
        heading(s.summary.title, 1, { margin: [0, 16, 0, 4] }),
        figures,
        {
          columns: [
            // Note types are one word; the purposes need the room for their names.
            chart(
              s.summary.byType,
              types.length ? barChart(ctx, types, half, 0.4) : txt(s.insights.empty, 'body')
            ),
            chart(s.summary.byPurpose, barChart(ctx, purposes, half, 0.64))
          ],
          columnGap: CHART_GAP,
          margin: [0, 10, 0, 0]
        }
      ],
      unbreakable: true
    }
  ]
}
