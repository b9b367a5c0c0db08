import type { Session } from '../planning/session'
import { cardList, printableCards } from './cards'
import { type ConsentCounts, exportableNotes } from './consent'
import { facilitatorPack } from './facilitator-pack'
import { type BriefInput, type BriefKind, contextOf } from './input'
import { outcomeBrief } from './outcome-brief'
import type { DocDefinition } from './types'

export type { BriefInput, BriefKind } from './input'
export type { ConsentCounts, ExclusionReason, ExportNote, SpeakerRemovalReason } from './consent'
export type { DocDefinition, PageSize } from './types'
export { exportableNotes } from './consent'
export { buildMarkdown } from './markdown'
export { briefFileName, sanitizeFileName } from './file-name'

export const BRIEF_KINDS = [
  'facilitator-pack',
  'outcome-brief',
  'cards'
] as const satisfies readonly BriefKind[]

/** A pdfmake document definition (plain data plus layout callbacks) for one of the three documents. */
export function buildDocument(kind: BriefKind, input: BriefInput): DocDefinition {
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

export interface ExportPreview extends ConsentCounts {
  clusters: number
  actions: number
  journeySteps: number
  personas: number
  /** Quotes are printed only when the session allows attributable quotes. */
  quotesAllowed: boolean
}

/** What an export of this session would carry, for the preview screen; the same rules as the files. */
export function previewExport(session: Session): ExportPreview {
  const { notes, counts } = exportableNotes(session)
  const shared = new Set(notes.map((n) => n.id))
  return {
    ...counts,
    clusters: session.synthesis.clusters.filter((c) => c.noteIds.some((id) => shared.has(id))).length,
    actions: session.synthesis.actions.length,
    journeySteps: session.journeys.length,
    personas: session.personas.length,
    quotesAllowed: session.consent.attributableQuotes
  }
}
