import type { Note, NoteType } from '../planning/capture'
import type { Session } from '../planning/session'

/**
 * The one place that decides which notes may leave the notebook, and with what. Every export
 * (PDF, Markdown) and the preview counts go through `exportableNotes`, so the rules cannot drift
 * apart between what the preview promises and what the file contains.
 */
export type ExclusionReason = 'internal' | 'not-for-export' | 'quotes-not-allowed'
export type SpeakerRemovalReason = 'anonymous' | 'chatham-house'

export interface ExportNote {
  id: string
  type: NoteType
  text: string
  /** Present only where the rules allow naming who said it. */
  speaker: string | null
  links: string[]
  tags: string[]
  blockId: string | null
  createdAt: string
  votes: number
}

export interface ConsentCounts {
  total: number
  included: number
  excluded: Record<ExclusionReason, number>
  speakersRemoved: Record<SpeakerRemovalReason, number>
}

export interface ConsentResult {
  notes: ExportNote[]
  counts: ConsentCounts
}

type ConsentInput = Pick<Session, 'captures' | 'consent'> & {
  synthesis?: Pick<Session['synthesis'], 'noteVotes'>
}

/**
 * - `internal` and `not-for-export` notes never leave.
 * - Quotes leave only when the session allows attributable quotes.
 * - A speaker leaves only with a `shareable` note; for a quote, only when quotes are attributable;
 *   for any other note, only outside the Chatham House rule (which forbids saying who said what).
 */
export function exportableNotes(session: ConsentInput): ConsentResult {
  const counts: ConsentCounts = {
    total: session.captures.length,
    included: 0,
    excluded: { internal: 0, 'not-for-export': 0, 'quotes-not-allowed': 0 },
    speakersRemoved: { anonymous: 0, 'chatham-house': 0 }
  }
  const votes = session.synthesis?.noteVotes ?? {}
  const notes: ExportNote[] = []
  for (const note of session.captures) {
    const excluded = exclusionOf(note, session.consent.attributableQuotes)
    if (excluded) {
      counts.excluded[excluded]++
      continue
    }
    const removal = note.speaker?.trim() ? speakerRemovalOf(note, session.consent.chathamHouse) : null
    if (removal) counts.speakersRemoved[removal]++
    counts.included++
    notes.push({
      id: note.id,
      type: note.type,
      text: note.text,
      speaker: removal || !note.speaker?.trim() ? null : note.speaker.trim(),
      links: [...note.links],
      tags: [...note.tags],
      blockId: note.blockId,
      createdAt: note.createdAt,
      votes: votes[note.id] ?? 0
    })
  }
  return { notes, counts }
}

function exclusionOf(note: Note, attributableQuotes: boolean): ExclusionReason | null {
  if (note.consent === 'internal') return 'internal'
  if (note.consent === 'not-for-export') return 'not-for-export'
  if (note.type === 'quote' && !attributableQuotes) return 'quotes-not-allowed'
  return null
}

function speakerRemovalOf(note: Note, chathamHouse: boolean): SpeakerRemovalReason | null {
  if (note.consent === 'anonymous') return 'anonymous'
  // Only shareable notes get here; a quote that got here is allowed to be attributed.
  if (note.type === 'quote') return null
  return chathamHouse ? 'chatham-house' : null
}
