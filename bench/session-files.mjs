// Session files and notebooks for the benches, written as the app stores them, so a bench starts
// from a notebook of any size without capturing its notes one by one.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every note type and every consent a note can carry, for generated notes to cycle through. */
export const NOTE_TYPES = ['insight', 'quote', 'question', 'idea', 'action', 'barrier', 'enabler', 'decision']
export const CONSENTS = ['anonymous', 'shareable', 'internal', 'not-for-export']

/**
 * A session file (the open format, schema version 6) with no agenda, personas, journeys, live
 * state or synthesis: the benches vary the notes, and `fields` whatever else they need.
 */
export function sessionFile({ id, title, stamp, captures, ...fields }) {
  return {
    schemaVersion: 6,
    revision: 0,
    id,
    title,
    date: null,
    startTime: '09:00',
    plannedEnd: null,
    timeZone: 'Europe/Paris',
    place: '',
    online: false,
    languages: ['fr', 'es'],
    audience: '',
    objectives: '',
    notes: '',
    consent: { chathamHouse: true, attributableQuotes: false, photos: false, note: '' },
    createdAt: stamp,
    updatedAt: stamp,
    blocks: [],
    personas: [],
    captures,
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: { clusters: [], noteVotes: {}, actions: [] },
    ...fields
  }
}

/**
 * `files` written into `<dataDir>/notebook` with the index notebook.json keeps for listing them,
 * the interface in `language`. Takes an iterable, so a big notebook is generated file by file.
 */
export async function writeSessions(dataDir, files, language) {
  const dir = join(dataDir, 'notebook', 'sessions')
  await mkdir(dir, { recursive: true })
  const index = []
  for (const file of files) {
    await writeFile(join(dir, `${file.id}.json`), JSON.stringify(file))
    index.push({ id: file.id, title: file.title, date: file.date, updatedAt: file.updatedAt })
  }
  await writeFile(
    join(dataDir, 'notebook', 'notebook.json'),
    JSON.stringify({ schemaVersion: 1, settings: { language }, sessions: index })
  )
  return index
}

/**
 * The notes of the brief benches: `count` long observations cycling through every type, linked to
 * `links` (the note's prompts and case studies) four times in five, some with a speaker, some
 * internal or anonymous; and ten clusters over them, with votes.
 */
export function briefNotes(count, links, stamp) {
  const captures = Array.from({ length: count }, (_, i) => ({
    id: `note${String(i).padStart(8, '0')}`,
    createdAt: stamp,
    blockId: null,
    elapsedSeconds: i * 10,
    type: NOTE_TYPES[i % NOTE_TYPES.length],
    text: `Observation ${i} : au guichet de l’état civil, une habitante sans justificatif de domicile se voit refuser l’inscription au padrón ; la médiatrice propose une attestation d’hébergement. ¿Quién firma? Réponse du service, délai de ${i % 30} jours.`,
    links: i % 5 === 0 ? [] : [links[i % links.length]],
    tags: [],
    speaker: i % 3 === 0 ? `Groupe ${i % 7}` : null,
    consent: i % 11 === 0 ? 'internal' : i % 13 === 0 ? 'anonymous' : 'shareable'
  }))
  const clusters = Array.from({ length: 10 }, (_, c) => ({
    id: `cluster${String(c).padStart(5, '0')}`,
    name: `Regroupement ${c + 1} : accès aux droits`,
    noteIds: captures.filter((_, i) => i % 12 === c).map((n) => n.id),
    votes: (c * 7) % 13
  }))
  return { captures, clusters }
}
