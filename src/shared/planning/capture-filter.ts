import { fold } from '../content/search'
import { LIMITS } from '../limits'
import type { ConsentFlag, Note, NoteType } from './capture'

export const ANY = 'all'
/** The capture list's filters; each is `ANY` or one value. `blockId` '' means "taken outside any block". */
export interface NoteFilters {
  type: NoteType | typeof ANY
  blockId: string
  consent: ConsentFlag | typeof ANY
  tag: string
  link: string
  query: string
}
export const NO_FILTERS: NoteFilters = {
  type: ANY,
  blockId: ANY,
  consent: ANY,
  tag: ANY,
  link: ANY,
  query: ''
}

/** `#` and up to 40 letters, digits or hyphens: what a note's tag may be. */
const HASHTAG = new RegExp(`#([\\p{L}\\p{N}-]{1,${LIMITS.note.tagLength}})`, 'gu')

/** Tags typed inline as #hashtags, so tagging never leaves the capture input. Lower-cased, unique, at most 10. */
export function hashtags(text: string): string[] {
  return [...new Set([...text.matchAll(HASHTAG)].map((m) => m[1]!.toLocaleLowerCase()))].slice(
    0,
    LIMITS.note.tags
  )
}

/**
 * Each note's searchable text, folded once: a search keystroke over 5,000 notes then costs a
 * substring test per note. Keyed by the note object, which is replaced whenever the note changes.
 */
const folded = new WeakMap<Note, string>()
const haystack = (n: Note): string => {
  let text = folded.get(n)
  if (text === undefined) {
    text = fold(`${n.text} ${n.speaker ?? ''} ${n.tags.join(' ')}`)
    folded.set(n, text)
  }
  return text
}

/** Newest first; text search ignores case and accents and also looks at speakers and tags. */
export function filterNotes(notes: readonly Note[], f: NoteFilters): Note[] {
  const q = fold(f.query.trim())
  const all =
    f.type === ANY && f.blockId === ANY && f.consent === ANY && f.tag === ANY && f.link === ANY && !q
  if (all) return [...notes].reverse()
  return notes
    .filter(
      (n) =>
        (f.type === ANY || n.type === f.type) &&
        (f.blockId === ANY || (n.blockId ?? '') === f.blockId) &&
        (f.consent === ANY || n.consent === f.consent) &&
        (f.tag === ANY || n.tags.includes(f.tag)) &&
        (f.link === ANY || n.links.includes(f.link)) &&
        (!q || haystack(n).includes(q))
    )
    .reverse()
}
