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

/** Newest first; text search ignores case and accents and also looks at speakers and tags. */
export function filterNotes(notes: readonly Note[], f: NoteFilters): Note[] {
  const q = fold(f.query.trim())
  return notes
    .filter(
      (n) =>
        (f.type === ANY || n.type === f.type) &&
        (f.blockId === ANY || (n.blockId ?? '') === f.blockId) &&
        (f.consent === ANY || n.consent === f.consent) &&
        (f.tag === ANY || n.tags.includes(f.tag)) &&
        (f.link === ANY || n.links.includes(f.link)) &&
        (!q || fold(`${n.text} ${n.speaker ?? ''} ${n.tags.join(' ')}`).includes(q))
    )
    .reverse()
}
