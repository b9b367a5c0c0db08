// What the capture and encryption benches start from: the app's backend built from source, and a
// notebook of sessions already holding thousands of notes, written as files.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { ROOT } from './lib.mjs'

/** The backend (src/main/backend.ts) bundled into bench/.out/<name>, and its openBackend. */
export async function buildBackend(name) {
  const outDir = join(ROOT, 'bench/.out', name)
  await build({
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      ssr: join(ROOT, 'src/main/backend.ts'),
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'backend.mjs' } }
    },
    ssr: { noExternal: [] }
  })
  return (await import(join(outDir, 'backend.mjs'))).openBackend
}

const stamp = '2026-11-27T09:00:00.000Z'

export function sessionWithNotes(id, count) {
  return {
    schemaVersion: 5,
    id,
    title: `Bench ${id}`,
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
    captures: Array.from({ length: count }, (_, i) => ({
      id: `note${String(i).padStart(8, '0')}`,
      createdAt: stamp,
      blockId: null,
      elapsedSeconds: i,
      type: 'insight',
      text: `Les habitants sans papiers se heurtent au guichet ${i} : l’accès au padrón dépend d’un justificatif de domicile.`,
      links: ['uclg-plm-28:case-barcelona'],
      tags: ['acces'],
      speaker: 'Groupe B',
      consent: 'internal'
    })),
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: { clusters: [], noteVotes: {}, actions: [] }
  }
}

/** A data folder whose notebook lists `sessions` sessions of `notes` notes each. */
export async function notebookWith(sessions, notes) {
  const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-notebook-'))
  const dir = join(dataDir, 'notebook', 'sessions')
  await mkdir(dir, { recursive: true })
  const index = []
  for (let s = 0; s < sessions; s++) {
    const id = `benchSession${String(s).padStart(4, '0')}`
    await writeFile(join(dir, `${id}.json`), JSON.stringify(sessionWithNotes(id, notes)))
    index.push({ id, title: `Bench ${id}`, updatedAt: stamp })
  }
  await writeFile(
    join(dataDir, 'notebook', 'notebook.json'),
    JSON.stringify({ schemaVersion: 1, settings: { language: 'fr' }, sessions: index })
  )
  return { dataDir, first: index[0].id }
}
