import { cp, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { openBackend } from '../../src/main/backend'
import type { Session } from '../../src/shared/planning/session'
import { revised, value } from './result-value'
import { startServerProcess, type ServerProcess } from './server-process'

const post = async (server: ServerProcess, channel: string, input: unknown) => {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
    body: JSON.stringify({ input })
  })
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } }
}

export interface ConversionCrashReport {
  kills: number
  protectMs: number
  /** Rounds that came back still plain, and protected. */
  plain: number
  protected: number
  lost: string[]
  unreadable: string[]
  leftovers: string[]
}

/** A plain notebook with sessions, notes (some still only in journals) and backups. */
async function seedNotebook(dataDir: string, sessions: number, notes: number): Promise<Map<string, number>> {
  const b = await openBackend({ dataDir, mode: 'browser' })
  const counts = new Map<string, number>()
  for (let i = 0; i < sessions; i++) {
    const s = await value<Session>(b.dispatch('sessions:create', { title: `Session ${i}` }))
    for (let n = 0; n < notes; n++)
      await revised(
        b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text: `note ${n}`, blockId: null })
      )
    counts.set(s.id, notes)
  }
  await b.notebook.backups.runOnce()
  await b.close()
  return counts
}

/**
 * SIGKILL the built server at a random moment while it turns protection on, start it again, and
 * check the notebook is whole: plain with every note, or protected, unlocking, with every note.
 */
export async function runConversionCrash(
  root: string,
  kills: number,
  passphrase: string,
  random: () => number = Math.random
): Promise<ConversionCrashReport> {
  const seed = join(root, 'seed')
  const counts = await seedNotebook(seed, 12, 25)
  const report: ConversionCrashReport = {
    kills,
    protectMs: 0,
    plain: 0,
    protected: 0,
    lost: [],
    unreadable: [],
    leftovers: []
  }
  // How long a protect takes here (scrypt included): the kills land inside that window.
  {
    const dataDir = join(root, 'timing')
    await cp(seed, dataDir, { recursive: true })
    const server = await startServerProcess(dataDir)
    const t0 = performance.now()
    const done = await post(server, 'notebook:protect', { passphrase })
    report.protectMs = performance.now() - t0
    if (!done.ok) report.unreadable.push(`timing round: ${JSON.stringify(done.error)}`)
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  for (let round = 0; round < kills; round++) {
    const dataDir = join(root, `round-${round}`)
    await cp(seed, dataDir, { recursive: true })
    const server = await startServerProcess(dataDir)
    void post(server, 'notebook:protect', { passphrase }).catch(() => undefined)
    // Mostly after scrypt (the first ~half), while files are sealed and the folders switched.
    await new Promise((r) => setTimeout(r, report.protectMs * (0.3 + 0.9 * random())))
    server.child.kill('SIGKILL')
    await new Promise((r) =>
      server.child.exitCode !== null || server.child.signalCode !== null
        ? r(null)
        : server.child.once('exit', r)
    )
    const again = await startServerProcess(dataDir)
    const status = (await post(again, 'notebook:status', undefined)).value as
      { protected: boolean } | undefined
    if (status?.protected) {
      report.protected++
      const unlocked = await post(again, 'notebook:unlock', { passphrase })
      if (!unlocked.ok) report.unreadable.push(`round ${round}: unlock ${JSON.stringify(unlocked.error)}`)
    } else report.plain++
    for (const [id, notes] of counts) {
      const got = await post(again, 'sessions:get', { id })
      const n = (got.value as { captures?: unknown[] } | undefined)?.captures?.length
      if (n !== notes)
        report.lost.push(`round ${round}: ${id} has ${n ?? JSON.stringify(got.error)} of ${notes}`)
    }
    const after = (await post(again, 'notebook:status', undefined)).value as { recovered: unknown[] }
    if (after.recovered.length > 0)
      report.unreadable.push(`round ${round}: ${JSON.stringify(after.recovered)}`)
    await again.stop()
    const beside = (await readdir(dataDir)).filter((n) => n !== 'notebook' && n !== 'server-token')
    if (beside.length > 0) report.leftovers.push(`round ${round}: ${beside.join(', ')}`)
    if (status?.protected) {
      const raw = await readFile(join(dataDir, 'notebook', 'notebook.json'))
      if (raw.includes('Session 0')) report.leftovers.push(`round ${round}: plaintext notebook.json`)
    }
    await rm(dataDir, { recursive: true, force: true })
  }
  return report
}
