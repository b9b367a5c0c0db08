import type { ContentItem } from '../content/schema'
import type { Method } from '../planning/catalog-schema'
import type { Persona } from '../planning/session'
import { personaDetails } from './facilitator-pack'
import { type Context, resolveItems } from './input'
import { textSize } from './keep-together'
import { COLORS, PAGE, STYLES, caps, clip, kicker, richText, txt } from './layout'
import { frame } from './page-frame'
import { PDF_STRINGS, formatMinuteRange, formatNumber } from './strings'
import type { CanvasLine, Content, DocDefinition, TableCell, TableLayout } from './types'
import { localizedText } from '../content/localized'

/**
 * Printable cards, four to a page in a 2×2 grid with dashed cut lines. Each kind holds what the
 * session uses (prompts and case studies linked in the agenda, its personas, its methods), or the
 * whole set of that kind when the session uses none, so a fresh session still prints a full deck.
 * Texts are clipped to what a card holds: a card that overflowed would push the grid off its page.
 */
export type Card =
  | { kind: 'prompt' | 'case-study'; item: ContentItem }
  | { kind: 'persona'; persona: Persona }
  | { kind: 'method'; method: Method }

export const CARDS_PER_PAGE = 4
const SHEET = { side: 36, top: 40, bottom: 46 } as const
/** No lines, no padding: the grid is exactly the cut lines drawn in the background. */
const GRID_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0
}
const PAD = 18

/** The cards of one kind, and whether they are the session's own or the whole set (it uses none). */
export interface CardGroup {
  kind: Card['kind']
  cards: Card[]
  fromSession: boolean
}

export function cardGroups(ctx: Context): CardGroup[] {
  const linked = resolveItems(
    ctx,
    ctx.session.blocks.flatMap((b) => b.links)
  )
  const ofKind = (kind: 'prompt' | 'case-study'): CardGroup => {
    const used = linked.filter((i) => i.kind === kind)
    const all = ctx.pack.items.filter((i) => i.kind === kind).sort((a, b) => a.order - b.order)
    return {
      kind,
      cards: (used.length ? used : all).map((item) => ({ kind, item })),
      fromSession: used.length > 0
    }
  }
  const usedMethods = [...new Set(ctx.session.blocks.flatMap((b) => (b.methodId ? [b.methodId] : [])))]
    .map((id) => ctx.methods.get(id))
    .filter((m): m is Method => m !== undefined)
  const ownPersonas = ctx.session.personas.length > 0
  return [
    ofKind('prompt'),
    {
      kind: 'persona',
      cards: (ownPersonas ? ctx.session.personas : samplePersonas(ctx)).map((persona) => ({
        kind: 'persona',
        persona
      })),
      fromSession: ownPersonas
    },
    ofKind('case-study'),
    {
      kind: 'method',
      cards: (usedMethods.length ? usedMethods : ctx.catalog.methods).map((method) => ({
        kind: 'method',
        method
      })),
      fromSession: usedMethods.length > 0
    }
  ]
}

export function cardList(ctx: Context): Card[] {
  return cardGroups(ctx).flatMap((g) => g.cards)
}

function samplePersonas(ctx: Context): Persona[] {
  const l = ctx.language
  return ctx.catalog.personas.map((p) => ({
    id: p.id,
    name: p.name,
    age: p.age,
    gender: localizedText(p.gender, l),
    family: localizedText(p.family, l),
    education: localizedText(p.education, l),
    timeSinceArrival: localizedText(p.timeSinceArrival, l),
    administrativeStatus: localizedText(p.administrativeStatus, l),
    vulnerabilities: localizedText(p.vulnerabilities, l),
    story: localizedText(p.story, l),
    fictional: true,
    group: null
  }))
}

/** Steps are cut at a step, not mid-list, so a numbered list stays numbered. */
function wholeLines(text: string, max: number): string {
  const lines = text.split('\n')
  const kept: string[] = []
  let size = 0
  for (const line of lines) {
    if (size + line.length > max) break
    kept.push(line)
    size += line.length
  }
  if (kept.length === 0) return clip(lines[0] ?? '', max)
  return kept.length < lines.length ? `${kept.join('\n')}\n- …` : kept.join('\n')
}

function cardBody(ctx: Context, card: Card, scale: number): Content[] {
  const fit = (text: string, chars: number) => clip(text, Math.round(chars * scale))
  const lang = ctx.language
  const s = PDF_STRINGS[lang]
  const title = (t: string) => txt(clip(t, 90), 'cardTitle', { margin: [0, 6, 0, 8] })
  switch (card.kind) {
    case 'prompt': {
      const tip = card.item.blocks[0]
      return [
        kicker(lang, s.cards.prompt),
        title(localizedText(card.item.title, lang)),
        txt(fit(localizedText(card.item.summary, lang), 400), undefined, { fontSize: 11.5, lineHeight: 1.3 }),
        ...(tip
          ? [
              txt(caps(lang, localizedText(tip.heading, lang) ?? ''), 'label', { margin: [0, 12, 0, 2] }),
              txt(fit(localizedText(tip.text, lang).replace(/^- /gm, ''), 260), 'small')
            ]
          : []),
        ...(card.item.purposes?.length
          ? [
              txt(card.item.purposes.map((p) => s.purposes[p]).join(' · '), 'meta', {
                color: COLORS.accent,
                margin: [0, 10, 0, 0]
              })
            ]
          : [])
      ]
    }
    case 'case-study':
      return [
        kicker(lang, s.cards.caseStudy),
        title(localizedText(card.item.title, lang)),
        txt(fit(localizedText(card.item.summary, lang), 900), undefined, { fontSize: 9.5, lineHeight: 1.3 })
      ]
    case 'persona': {
      const p = card.persona
      const shortened: Persona = {
        ...p,
        gender: clip(p.gender, 60),
        family: clip(p.family, 90),
        education: clip(p.education, 90),
        timeSinceArrival: clip(p.timeSinceArrival, 60),
        administrativeStatus: clip(p.administrativeStatus, 110),
        group: p.group === null ? null : clip(p.group, 40)
      }
      return [
        kicker(lang, s.cards.persona),
        title(p.name),
        ...personaDetails(ctx, shortened, Math.round(420 * scale))
      ]
    }
    case 'method': {
      const m = card.method
      const duration = formatMinuteRange(lang, m.durationMinutes.min, m.durationMinutes.max)
      const size = s.cards.groupSize(formatNumber(lang, m.groupSize.min), formatNumber(lang, m.groupSize.max))
      return [
        kicker(lang, s.cards.method),
        title(localizedText(m.title, lang)),
        txt(`${duration} · ${size}`, 'meta', { bold: true, color: COLORS.accent, margin: [0, 0, 0, 6] }),
        txt(fit(localizedText(m.purpose, lang), 260), 'small', { color: COLORS.ink }),
        txt(caps(lang, s.cards.steps), 'label', { margin: [0, 8, 0, 2] }),
        ...richText(wholeLines(localizedText(m.steps, lang), Math.round(560 * scale)), 'small'),
        txt(caps(lang, s.cards.materials), 'label', { margin: [0, 6, 0, 2] }),
        txt(fit(localizedText(m.materials, lang).replace(/^- /gm, ''), 180), 'small')
      ]
    }
  }
}

/** Shrink a card's text budgets until its estimated height fits (user-written personas can be long). */
function fitted(ctx: Context, card: Card, scale: number, box: { width: number; height: number }): Content[] {
  let body = cardBody(ctx, card, scale)
  for (let s = scale * 0.85; s > 0.2 && estimateHeight(body, box.width) > box.height; s *= 0.85) {
    body = cardBody(ctx, card, s)
  }
  return body
}

/** Rough height: Roboto averages under half an em per character; a line is ~1.17 em. */
function estimateHeight(nodes: Content[], width: number): number {
  let total = 0
  for (const node of nodes) {
    const margin =
      Array.isArray(node.margin) && node.margin.length === 4 ? node.margin[1] + node.margin[3] : 0
    if ('stack' in node) total += estimateHeight(node.stack, width) + margin
    else if ('ul' in node) total += estimateHeight(node.ul, width - 12) + margin
    else if ('text' in node) {
      const style = typeof node.style === 'string' ? STYLES[node.style] : undefined
      const size = node.fontSize ?? style?.fontSize ?? 10
      const lineHeight = node.lineHeight ?? style?.lineHeight ?? 1.2
      const chars = textSize(node.text)
      const perLine = Math.max(1, Math.floor(width / (size * 0.5)))
      total += Math.max(1, Math.ceil(chars / perLine)) * size * 1.17 * lineHeight + margin
    }
  }
  return total
}

function cutLines(width: number, height: number, cardW: number, cardH: number): CanvasLine[] {
  const line = (x1: number, y1: number, x2: number, y2: number, dashed: boolean): CanvasLine => ({
    type: 'line',
    x1,
    y1,
    x2,
    y2,
    lineWidth: 0.4,
    lineColor: COLORS.faint,
    ...(dashed ? { dash: { length: 3, space: 3 } } : {})
  })
  const xs = [0, 1, 2].map((i) => SHEET.side + i * cardW)
  const ys = [0, 1, 2].map((i) => SHEET.top + i * cardH)
  const bottom = SHEET.top + 2 * cardH
  return [
    ...xs.map((x) => line(x, SHEET.top, x, bottom, true)),
    ...ys.map((y) => line(SHEET.side, y, width - SHEET.side, y, true)),
    // Solid ticks in the margins, so the cut lines can still be found on a pale print.
    ...xs.flatMap((x) => [line(x, 10, x, SHEET.top - 6, false), line(x, bottom + 5, x, bottom + 13, false)]),
    ...ys.flatMap((y) => [
      line(10, y, SHEET.side - 6, y, false),
      line(width - SHEET.side + 6, y, width - 10, y, false)
    ])
  ]
}

export function printableCards(ctx: Context): DocDefinition {
  const s = PDF_STRINGS[ctx.language]
  const { width, height } = PAGE[ctx.pageSize]
  const cardW = (width - 2 * SHEET.side) / 2
  // A hair under half, so rounding never pushes the second row onto a page of its own.
  const cardH = Math.floor((height - SHEET.top - SHEET.bottom) / 2) - 1
  const cards = cardList(ctx)
  // Text budgets were set on A4; Letter cards are shorter, so they hold proportionally less.
  const scale = Math.min(1, cardH / 376)
  const inner = { width: cardW - 2 * PAD, height: cardH - 2 * PAD - 4 }
  const cell = (card: Card | undefined): TableCell =>
    card ? { stack: fitted(ctx, card, scale, inner), margin: [PAD, PAD, PAD, PAD] } : {}
  const pages: Content[] = []
  for (let i = 0; i < cards.length; i += CARDS_PER_PAGE) {
    pages.push({
      table: {
        widths: [cardW, cardW],
        heights: [cardH, cardH],
        dontBreakRows: true,
        body: [
          [cell(cards[i]), cell(cards[i + 1])],
          [cell(cards[i + 2]), cell(cards[i + 3])]
        ]
      },
      layout: GRID_LAYOUT,
      ...(i > 0 ? { pageBreak: 'before' as const } : {})
    })
  }
  const def = frame(ctx.frame, pages.length ? pages : [txt(s.cards.empty, 'body')], {
    pageMargins: [SHEET.side, SHEET.top, SHEET.side, SHEET.bottom],
    header: () => null,
    background: () => (cards.length ? { canvas: cutLines(width, height, cardW, cardH) } : null)
  })
  // The cut hint sits in the footer, outside the cut area, next to the page count.
  def.footer = (page, count) => ({
    columns: [
      txt(`${clip(ctx.session.title, 60)} · ${s.documents.cards} · ${s.cards.cutHint}`, 'meta', {
        width: '*'
      }),
      txt(s.pageOf(formatNumber(ctx.language, page), formatNumber(ctx.language, count)), 'meta', {
        width: 'auto',
        alignment: 'right',
        noWrap: true
      })
    ],
    columnGap: 12,
    margin: [SHEET.side, 16, SHEET.side, 0]
  })
  return def
}
