import { computeSchedule } from '../planning/schedule'
import { CARDS_PER_PAGE, type Card, cardGroups, cardList, printableCards } from './cards'
import type { Localized } from './catalog-texts'
import { type ConsentCounts, exportableNotes } from './consent'
import { facilitatorPack } from './facilitator-pack'
import { type BriefInput, type BriefKind, contextOf, resolveItems } from './input'
import { outcomeBrief } from './outcome-brief'
import type { CrossBriefInput } from '../insights/cross-brief-input'
import { crossSessionBrief } from './cross-session-brief'
import { crossSessionMarkdown } from './cross-session-markdown'
import type { DocDefinition } from './types'
import { directionOf } from '../i18n/languages'
import { type Direction, orient } from './bidi'

export type { BriefInput, BriefKind } from './input'
export type { ConsentCounts, ExclusionReason, ExportNote, SpeakerRemovalReason } from './consent'
export type { DocDefinition, PageSize } from './types'
export type { Localized } from './catalog-texts'
export { exportableNotes } from './consent'
export { buildMarkdown } from './markdown'
export { briefFileName, crossBriefFileName, sanitizeFileName } from './file-name'
export type { CrossBriefInput } from '../insights/cross-brief-input'
export { previewCrossSession, type CrossSessionPreview } from './cross-session-data'

export type { Direction } from './bidi'

/**
 * The cross-session brief (a board's themes, notes from many sessions) as a pdfmake definition.
 * Every builder ends in `orient`: the direction comes from the language unless given (tests and
 * the bench lay documents out right to left before a right-to-left language ships).
 */
export const buildCrossSessionDocument = (
  input: CrossBriefInput,
  direction: Direction = directionOf(input.language)
): DocDefinition => orient(crossSessionBrief(input), direction)
/** The same brief as Markdown, under the same consent. */
export const buildCrossSessionMarkdown = (input: CrossBriefInput): string => crossSessionMarkdown(input)

export const BRIEF_KINDS = [
  'facilitator-pack',
  'outcome-brief',
  'cards'
] as const satisfies readonly BriefKind[]

/** A pdfmake document definition (plain data plus layout callbacks) for one of the three documents. */
export function buildDocument(
  kind: BriefKind,
  input: BriefInput,
  direction: Direction = directionOf(input.language)
): DocDefinition {
  return orient(buildLtr(kind, input), direction)
}

function buildLtr(kind: BriefKind, input: BriefInput): DocDefinition {
  const ctx = contextOf(input, kind)
  switch (kind) {
    case 'facilitator-pack':
      return facilitatorPack(ctx)
    case 'outcome-brief':
      return outcomeBrief(ctx)
    case 'cards':
      return printableCards(ctx)
  }
}

export function cardCount(input: BriefInput): number {
  return cardList(contextOf(input, 'cards')).length
}

/** A card's title in every language (a persona's name is the same in all). */
export interface CardGroupPreview {
  kind: Card['kind']
  titles: Localized[]
  /** False when the session uses none of this kind, so the deck carries the whole set. */
  fromSession: boolean
}

/**
 * What each document would carry, for the export dialog; worked out by the same code as the
 * files, so the preview cannot promise what the file does not hold.
 */
export interface ExportPreview {
  /** The outcome brief and the Markdown notes: what consent lets out, and what comes with it. */
  outcome: ConsentCounts & {
    clusters: number
    actions: number
    journeySteps: number
    personas: number
    /** Quotes are printed only when the session allows attributable quotes. */
    quotesAllowed: boolean
  }
  /** The facilitator pack: session facts, run sheet, personas, consent script (no notes). */
  facilitatorPack: {
    blocks: number
    days: number
    totalMinutes: number
    /** Library texts linked in the agenda, summarised under their block. */
    linkedItems: number
    personas: number
  }
  /** The printable cards (no notes), by kind, in print order. */
  cards: { total: number; pages: number; groups: CardGroupPreview[] }
}

export function previewExport(input: Pick<BriefInput, 'session' | 'pack' | 'catalog'>): ExportPreview {
  const { session } = input
  const { notes, counts } = exportableNotes(session)
  const shared = new Set(notes.map((n) => n.id))
  // Which cards and how many do not depend on the language; titles are given in all of them.
  const ctx = contextOf({ ...input, language: 'en', pageSize: 'A4', generatedAt: new Date(0) }, 'cards')
  const groups = cardGroups(ctx)
  const total = groups.reduce((sum, g) => sum + g.cards.length, 0)
  const everywhere = (s: string): Localized => ({ en: s, es: s, fr: s, ar: s })
  return {
    outcome: {
      ...counts,
      clusters: session.synthesis.clusters.filter((c) => c.noteIds.some((id) => shared.has(id))).length,
      actions: session.synthesis.actions.length,
      journeySteps: session.journeys.length,
      personas: session.personas.length,
      quotesAllowed: session.consent.attributableQuotes
    },
    facilitatorPack: {
      blocks: session.blocks.length,
      days: new Set(session.blocks.map((b) => b.day)).size,
      totalMinutes: computeSchedule(session.blocks, session.startTime, session.plannedEnd).totalMinutes,
      linkedItems: resolveItems(
        ctx,
        session.blocks.flatMap((b) => b.links)
      ).length,
      personas: session.personas.length
    },
    cards: {
      total,
      pages: Math.max(1, Math.ceil(total / CARDS_PER_PAGE)),
      groups: groups
        .filter((g) => g.cards.length > 0)
        .map((g) => ({
          kind: g.kind,
          fromSession: g.fromSession,
          titles: g.cards.map((c) =>
            c.kind === 'persona'
              ? everywhere(c.persona.name)
              : c.kind === 'method'
                ? c.method.title
                : c.item.title
          )
        }))
    }
  }
}
