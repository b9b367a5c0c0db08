import type { Language } from '../i18n/languages'
import type { JourneyStep } from '../planning/capture'
import type { Context } from './input'
import { keepWithNext } from './keep-together'
import { COLORS, caps, heading, richText, table, txt } from './layout'
import type { OutcomeData } from './outcome-data'
import { PDF_STRINGS, formatDay } from './strings'
import type { Content, TableCell, TextNode } from './types'
import { localizedText } from '../content/localized'

/*
 * The outcome brief's shorter sections (journeys, actions, attribution) and the spacing every
 * section shares. The longer ones have their own files: outcome-notes.ts (notes, quotes),
 * outcome-coverage.ts and outcome-agenda.ts.
 */

/** Space above each section's title: sections follow one another on the page. */
export const SECTION: Partial<TextNode> = { margin: [0, 16, 0, 5] }

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
