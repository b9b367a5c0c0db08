import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '../../src/shared/planning/session'
import { startServerProcess, type ServerProcess } from './server-process'
import { openNotebookFiles } from './sealed-files'

const post = async (server: ServerProcess, channel: string, input: unknown) => {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
    body: JSON.stringify({ input })
  })
  return (await res.json()) as {
    ok: boolean
    value?: { id: string; captures?: Array<{ id: string }>; value?: { id: string } }
  }
}

export interface CrashReport {
  kills: number
  acknowledged: number
  lost: string[]
  unreadableFiles: string[]
  tempFilesAfterRestart: string[]
}

/**
 * Start the real browser-mode server on one notebook, capture notes into one session as fast as
 * it acknowledges them (four in flight), SIGKILL it at a random moment, start again, repeat. Then
 * check from a last, clean start: every acknowledged note is there, every file parses and
 * validates, and no temp file survived the restart.
 */
export async function runCrashHarness(
  dataDir: string,
  kills: number,
  random: () => number = Math.random,
  /** Set: the notebook is protected first, unlocked after each restart, and its files read sealed. */
  passphrase?: string
): Promise<CrashReport> {
  const acknowledged = new Set<string>()
  const textOf = new Map<string, string>()
  const start = async () => {
    const started = await startServerProcess(dataDir)
    if (passphrase) await post(started, 'notebook:unlock', { passphrase })
    return started
  }
  let server = await startServerProcess(dataDir)
  if (passphrase) await post(server, 'notebook:protect', { passphrase })
  const created = await post(server, 'sessions:create', { title: 'Crash harness' })
  const sessionId = created.value!.id
  for (let round = 0; round < kills; round++) {
    const current = server
    let stop = false
    const worker = async (lane: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const res = await post(current, 'captures:add', {
            sessionId,
            type: 'insight',
            text: `round ${round} lane ${lane} note ${n} — «accès» ñ`,
            blockId: null
          })
          const note = res.ok ? res.value?.value : undefined
          if (note) {
            acknowledged.add(note.id)
            textOf.set(note.id, `round ${round} lane ${lane} note ${n}`)
          }
        } catch {
          return // the process is gone
        }
      }
    }
    const lanes = [0, 1, 2, 3].map(worker)
    await new Promise((r) => setTimeout(r, 20 + random() * 180))
    current.child.kill('SIGKILL')
    stop = true
    await Promise.all(lanes)
    await new Promise((r) =>
      current.child.exitCode !== null || current.child.signalCode !== null
        ? r(null)
        : current.child.once('exit', r)
    )
    server = await start()
  }
  // The last start has run its recovery; look at the folder before writing anything else.
  const notebookDir = join(dataDir, 'notebook')
  const tempFilesAfterRestart: string[] = []
  const unreadableFiles: string[] = []
  for (const folder of [notebookDir, join(notebookDir, 'sessions')]) {
    for (const name of await readdir(folder)) {
      if (name.endsWith('.tmp')) tempFilesAfterRestart.push(name)
      if (name.includes('.corrupt-')) unreadableFiles.push(name)
    }
  }
  // What the app shows after the crash (the session file plus its capture journal, replayed)…
  const shown = await post(server, 'sessions:get', { id: sessionId })
  const inApp = new Set((shown.value?.captures ?? []).map((n) => n.id))
  // …and, after a normal quit, what the session file alone holds: the journal was folded into it.
  await server.stop()
  const sealed = passphrase ? await openNotebookFiles(notebookDir, passphrase) : null
  if (passphrase && !sealed) unreadableFiles.push('protection.json (missing)')
  const read = (rel: string) => (sealed ? sealed.read(rel) : readFile(join(notebookDir, rel), 'utf8'))
  let stored = new Set<string>()
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(await read(join('sessions', `${sessionId}.json`))))
    if (parsed.success) stored = new Set(parsed.data.captures.map((n) => n.id))
    else unreadableFiles.push(`${sessionId}.json (schema)`)
  } catch {
    unreadableFiles.push(`${sessionId}.json (parse)`)
  }
  try {
    JSON.parse(await read('notebook.json'))
  } catch {
    unreadableFiles.push('notebook.json')
  }
  return {
    kills,
    acknowledged: acknowledged.size,
    lost: [...acknowledged]
      .filter((id) => !stored.has(id) || !inApp.has(id))
      .map(
        (id) =>
          `${id} (${textOf.get(id)}; ${inApp.has(id) ? 'shown' : 'not shown'}, ${stored.has(id) ? 'in file' : 'not in file'})`
      ),
    unreadableFiles,
    tempFilesAfterRestart
  }
}
