// What the capture and encryption benches start from: the app's backend built from source, and a
// notebook of sessions already holding thousands of notes, written as files.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { ROOT } from './lib.mjs'
import { sessionFile, writeSessions } from './session-files.mjs'

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

/** A session of `count` notes, as the app wrote it before revisions (v5): opening it migrates it. */
export function sessionWithNotes(id, count) {
  return sessionFile({
    schemaVersion: 5,
    revision: undefined,
    id,
    title: `Bench ${id}`,
    stamp,
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
    }))
  })
}

/** A data folder whose notebook lists `sessions` sessions of `notes` notes each. */
export async function notebookWith(sessions, notes) {
  const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-notebook-'))
  const ids = Array.from({ length: sessions }, (_, s) => `benchSession${String(s).padStart(4, '0')}`)
  await writeSessions(
    dataDir,
    ids.map((id) => sessionWithNotes(id, notes)),
    'fr'
  )
  return { dataDir, first: ids[0] }
}
