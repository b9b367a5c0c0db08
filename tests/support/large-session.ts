import { NOTE_TYPES, type Note } from '../../src/shared/planning/capture'
import type { Session } from '../../src/shared/planning/session'
import { richSession } from '../fixtures/briefs/session'

/** The text of bulk note `i`: a realistic length, accents, and a number no other note shares. */
export const bulkNoteText = (i: number): string =>
  `Observation n° ${i} : au guichet de l’état civil, une habitante sans justificatif de domicile se voit refuser l’inscription au padrón ; la médiatrice propose une attestation d’hébergement. ¿Quién firma?`

/**
 * The rich brief session (tests/fixtures/briefs) with `count` more shareable notes of every type,
 * for exports long enough to watch: a 5,000-note outcome brief runs to hundreds of pages.
 */
export function largeSession(count: number, overrides: Partial<Session> = {}): Session {
  const rich = richSession()
  const bulk: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `bulk${String(i).padStart(8, '0')}`,
    createdAt: rich.createdAt,
    blockId: null,
    elapsedSeconds: i * 10,
    type: NOTE_TYPES[i % NOTE_TYPES.length]!,
    text: bulkNoteText(i),
    links: [],
    tags: [],
    speaker: i % 3 === 0 ? `Groupe ${i % 7}` : null,
    consent: 'shareable'
  }))
  return { ...rich, captures: [...rich.captures, ...bulk], ...overrides }
}
