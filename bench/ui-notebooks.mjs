// The UI bench's notebooks: a built server each, on its own data folder, filled through the API
// (whole session files imported as copies) so a notebook of 20,000 notes is ready in seconds.
import { rmSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer } from './lib.mjs'
import { CONSENTS, NOTE_TYPES, sessionFile } from './session-files.mjs'
import { log } from './ui-measure.mjs'

// Servers and folders still open when the bench stops early (a crash, Ctrl+C) go with it.
const servers = []
const dataDirs = []
process.on('exit', () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
  for (const pid of servers) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
})

const STAMP0 = Date.parse('2026-11-27T09:00:00.000Z')
const PHRASES = [
  'les habitants sans papiers se heurtent au guichet : le padrón dépend d’un justificatif de domicile',
  'the mediator at the library helps families fill in the housing forms on Tuesday evenings',
  'la cola empieza a las seis de la mañana y los niños traducen para sus padres en la ventanilla',
  'forms only in French; the town hall could print the three most used ones in Arabic and Spanish',
  'a single desk for newcomers would avoid sending people between five offices across the city'
]

/** A session file holding `count` notes, each marked N00042 so the bench can find it on screen. */
function benchFile(count, title) {
  return sessionFile({
    id: `benchUi${String(count).padStart(6, '0')}`,
    title,
    stamp: new Date(STAMP0).toISOString(),
    place: 'Valencia',
    languages: ['en', 'fr', 'es'],
    captures: Array.from({ length: count }, (_, i) => ({
      id: `note${String(i).padStart(8, '0')}`,
      createdAt: new Date(STAMP0 + i * 1000).toISOString(),
      blockId: null,
      elapsedSeconds: i,
      type: NOTE_TYPES[i % NOTE_TYPES.length],
      text: `N${String(i).padStart(5, '0')} ${PHRASES[i % PHRASES.length]} #groupe${i % 7}`,
      links: i % 3 === 0 ? ['uclg-plm-28:case-barcelona'] : [],
      tags: [`groupe${i % 7}`],
      speaker: i % 4 === 0 ? null : `Groupe ${'ABCD'[i % 4]}`,
      consent: CONSENTS[i % CONSENTS.length]
    }))
  })
}

/** The API of a running server, called as the renderer calls it. */
function apiOf(url) {
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token') ?? ''
  return async (channel, input) => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-passerelle-token': token },
      body: JSON.stringify({ input })
    })
    const result = await res.json()
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error).slice(0, 300)}`)
    return result.value
  }
}

export async function startNotebook(label) {
  const dataDir = await mkdtemp(join(tmpdir(), `passerelle-bench-ui-${label}-`))
  dataDirs.push(dataDir)
  const server = await startServer(dataDir)
  servers.push(server.pid)
  const api = apiOf(server.url)
  await api('settings:set', { language: 'en', welcomeDismissed: true })
  return { dataDir, server, api, origin: new URL(server.url).origin }
}

export async function closeNotebook({ server, dataDir }) {
  await server.stop()
  servers.splice(servers.indexOf(server.pid), 1)
  await rm(dataDir, { recursive: true, force: true })
  dataDirs.splice(dataDirs.indexOf(dataDir), 1)
}

export async function importSession(api, count) {
  const content = JSON.stringify(benchFile(count, `Bench ${count} notes`))
  const t0 = performance.now()
  const session = await api('sessions:import', { content, asCopy: true })
  log(
    `imported ${count} notes (${(content.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`
  )
  return session.id
}

export async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)[1]) / 1024
}
