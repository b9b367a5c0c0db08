import { ERASED_MARK } from '../../shared/domain/erasure'
import { LIMITS } from '../../shared/limits'
import type { LibraryFile, SessionFile } from '../storage/schemas'

export interface ScrubCounts {
  /** Notes whose speaker was exactly the pseudonym (now none). */
  speakers: number
  /** Text fields in which the pseudonym was replaced by the mark. */
  mentions: number
}

export interface Scrubber {
  /** The pseudonym as typed, trimmed. */
  name: string
  isSpeaker(speaker: string | null): boolean
  /** Replace whole-word occurrences; null when there are none. */
  replace(text: string, max: number): string | null
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Case-insensitive, whole words only ("Ana" must not turn "Banana" into "B[…]na"), and any run
 * of spaces in the pseudonym matches any run of white space in the text.
 */
export function createScrubber(pseudonym: string): Scrubber {
  const name = pseudonym.trim().replace(/\s+/g, ' ')
  const key = name.toLocaleLowerCase()
  const body = name.split(' ').map(escapeRegExp).join('\\s+')
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'giu')
  return {
    name,
    isSpeaker: (speaker) =>
      speaker !== null && speaker.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === key,
    replace(text, max) {
      pattern.lastIndex = 0
      if (!pattern.test(text)) return null
      // Clipped to the field's limit: a short name replaced many times must still validate.
      return text.replace(pattern, ERASED_MARK).slice(0, max)
    }
  }
}

type TextField = <K extends string>(obj: Record<K, string>, field: K, max: number) => void

/** A field replacer that counts each changed field as one mention. */
function fieldScrubber(scrubber: Scrubber, counts: ScrubCounts): TextField {
  return (obj, field, max) => {
    const next = scrubber.replace(obj[field], max)
    if (next === null) return
    obj[field] = next
    counts.mentions++
  }
}

function scrubBlocks(blocks: SessionFile['blocks'], text: TextField): void {
  for (const block of blocks) {
    text(block, 'title', LIMITS.block.title)
    text(block, 'notes', LIMITS.block.notes)
    text(block, 'materials', LIMITS.block.materials)
  }
}

/**
 * The session with the pseudonym erased, or null when it does not occur. Persona names are left:
 * personas are fictional characters, not participants.
 */
export function scrubSession(
  session: SessionFile,
  scrubber: Scrubber
): { session: SessionFile; counts: ScrubCounts } | null {
  const s = structuredClone(session)
  const counts: ScrubCounts = { speakers: 0, mentions: 0 }
  const text = fieldScrubber(scrubber, counts)
  text(s, 'title', LIMITS.session.title)
  text(s, 'place', LIMITS.session.place)
  text(s, 'audience', LIMITS.session.audience)
  text(s, 'objectives', LIMITS.session.longText)
  text(s, 'notes', LIMITS.session.longText)
  text(s.consent, 'note', LIMITS.session.consentNote)
  scrubBlocks(s.blocks, text)
  for (const note of s.captures) {
    if (scrubber.isSpeaker(note.speaker)) {
      note.speaker = null
      counts.speakers++
    } else if (note.speaker !== null) {
      const speaker = scrubber.replace(note.speaker, LIMITS.note.speaker)
      if (speaker !== null) {
        note.speaker = speaker
        counts.mentions++
      }
    }
    text(note, 'text', LIMITS.note.text)
  }
  for (const step of s.journeys) {
    text(step, 'label', LIMITS.journey.label)
    text(step, 'note', LIMITS.journey.note)
  }
  for (const cluster of s.synthesis.clusters) text(cluster, 'name', LIMITS.synthesis.clusterName)
  for (const action of s.synthesis.actions) {
    text(action, 'text', LIMITS.synthesis.actionText)
    text(action, 'owner', LIMITS.synthesis.actionOwner)
  }
  return counts.speakers + counts.mentions > 0 ? { session: s, counts } : null
}

/**
 * The Library's private layer with the pseudonym erased, or null when it does not occur: private
 * notes on the note's items, the facilitator's own items, and sessions saved as templates.
 */
export function scrubLibrary(
  library: LibraryFile,
  scrubber: Scrubber
): { library: LibraryFile; entries: number } | null {
  const l = structuredClone(library)
  const counts: ScrubCounts = { speakers: 0, mentions: 0 }
  const text = fieldScrubber(scrubber, counts)
  let entries = 0
  // Counted per note, item or template changed, however many of its fields named the person.
  const entry = (scrub: () => void) => {
    const before = counts.mentions
    scrub()
    if (counts.mentions > before) entries++
  }
  for (const annotation of l.annotations) entry(() => text(annotation, 'text', LIMITS.library.annotation))
  for (const item of l.ownItems) {
    entry(() => {
      text(item, 'title', LIMITS.library.ownItemTitle)
      text(item, 'body', LIMITS.library.ownItemBody)
    })
  }
  for (const template of l.templates) {
    entry(() => {
      text(template, 'title', LIMITS.session.title)
      scrubBlocks(template.blocks, text)
    })
  }
  return entries > 0 ? { library: l, entries } : null
}

/**
 * For files that no longer parse (set-aside copies, damaged backups): erasing the person wins over
 * keeping the damaged bytes untouched, so occurrences are replaced in the raw text.
 */
export function scrubRawText(text: string, scrubber: Scrubber): string | null {
  return scrubber.replace(text, Number.MAX_SAFE_INTEGER)
}
