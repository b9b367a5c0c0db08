import { NOTE_TYPES } from '../planning/capture'
import { PURPOSES } from '../content/constants'
import type { Language } from '../i18n/languages'
import { type Context, placeLine, sessionDateLong } from './input'
import { COLORS, contentWidth, cover, frame, heading, keepWithNext, txt } from './layout'
import { outcomeData, type OutcomeData } from './outcome-data'
import {
  actionsSection,
  agendaSection,
  attributionSection,
  coverageSection,
  insightsSection,
  journeysSection,
  quotesSection
} from './outcome-sections'
import { PDF_STRINGS, formatNumber, pluralRules } from './strings'
import type { Content, DocDefinition, TableLayout } from './types'

/** After the session: what was said that may leave the room, what was decided, what was missed. */
export function outcomeBrief(ctx: Context): DocDefinition {
  const data = outcomeData(ctx)
  return frame(ctx.frame, [
    ...cover(
      ctx.frame,
      [sessionDateLong(ctx), placeLine(ctx)],
      [
        consentLine(ctx.language, data),
        txt(PDF_STRINGS[ctx.language].attribution.lead, 'small', { margin: [0, 6, 0, 0] })
      ],
      150
    ),
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

/** Horizontal bars drawn as canvas rectangles; only computed numbers reach the canvas. */
function barChart(ctx: Context, rows: { label: string; value: number }[]): Content {
  const labelWidth = 170
  const countWidth = 34
  const barWidth = contentWidth(ctx.pageSize) - labelWidth - countWidth - 16
  const max = Math.max(1, ...rows.map((r) => r.value))
  return {
    table: {
      widths: [labelWidth, barWidth, countWidth],
      body: rows.map((r) => [
        txt(r.label, 'td'),
        {
          canvas: [
            { type: 'rect', x: 0, y: 2, w: barWidth, h: 9, color: '#f0f2f4' },
            ...(r.value > 0
              ? [
                  {
                    type: 'rect' as const,
                    x: 0,
                    y: 2,
                    w: Math.max(2, (r.value / max) * barWidth),
                    h: 9,
                    color: COLORS.accent
                  }
                ]
              : [])
          ]
        },
        txt(formatNumber(ctx.language, r.value), 'td', { alignment: 'right', bold: true })
      ])
    },
    layout: CHART_LAYOUT,
    margin: [0, 2, 0, 6]
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
    margin: [0, 8, 0, 14]
  }
  const types = NOTE_TYPES.filter((t) => data.byType[t] > 0).map((t) => ({
    label: s.noteTypes[t],
    value: data.byType[t]
  }))
  const purposes = [
    ...PURPOSES.map((p) => ({ label: s.purposes[p], value: data.byPurpose[p] })),
    { label: s.summary.noPurpose, value: data.byPurpose.none }
  ]
  return [
    heading(s.summary.title, 1, { pageBreak: 'before' }),
    figures,
    consentLine(lang, data),
    ...keepWithNext(
      [heading(s.summary.byType, 2, { margin: [0, 18, 0, 6] })],
      [types.length ? barChart(ctx, types) : txt(s.insights.empty, 'body')]
    ),
    ...keepWithNext([heading(s.summary.byPurpose, 2, { margin: [0, 14, 0, 6] })], [barChart(ctx, purposes)])
  ]
}
