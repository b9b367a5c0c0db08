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
