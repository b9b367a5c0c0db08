import { serializeSession } from '../../../src/main/storage/session-serializer'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newSessionDetails } from '../../../src/shared/planning/session'
import { createCaptureService } from '../../../src/main/services/capture-service'
import { parseStamp, selectBackupsToKeep } from '../../../src/main/storage/backup-policy'
import { Notebook } from '../../../src/main/storage/notebook'
import { sessionFileSchema, type SessionFile } from '../../../src/main/storage/schemas'
import { writeSessionVerified } from '../../../src/main/storage/session-file'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const MIN = 60_000
const T0 = Date.parse('2026-11-27T12:00:00.000Z')
/** What a restore brings back: everything but the stamp and the revision (which only ever grows). */
const withoutUpdatedAt = ({ updatedAt: _u, revision: _r, ...rest }: SessionFile) => rest

async function openWithSession(dir: string, options: { now?: () => Date } = {}) {
  const notebook = await Notebook.open({ dir, owner: 'tool', ...options })
  const session = await notebook.sessions.create(newSessionDetails('Atelier Grenoble'))
  return { notebook, id: session.id, capture: createCaptureService(notebook, options.now) }
}

const note = (sessionId: string, text: string) => ({
  sessionId,
  type: 'insight' as const,
  text,
  blockId: null,
  links: [],
  tags: [],
  speaker: 'Group A'
})

async function expectVerified(dir: string, id: string, stamp: string): Promise<SessionFile> {
  const bytes = await readFile(join(dir, 'backups', id, `${stamp}.json`))
  // Validates in full (notes included) and is the session's own serialisation, byte for byte.
  const parsed = sessionFileSchema.parse(JSON.parse(bytes.toString('utf8')))
  expect(JSON.parse(serializeSession(parsed).toString('utf8'))).toEqual(JSON.parse(bytes.toString('utf8')))
  return parsed
}

describe('rolling backups (real files)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('backs up only changed sessions, owner-only, verified, with counts for a preview', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    const other = await notebook.sessions.create(newSessionDetails('Untouched'))
    await capture.add(note(id, 'Housing first'))
    await capture.add(note(id, 'Language classes'))
    const [stamp] = await notebook.backups.runOnce()
    expect(await readdir(join(dir, 'backups'))).toEqual([id])
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, 'backups', id, `${stamp}.json`))).mode & 0o777).toBe(0o600)
      expect((await stat(join(dir, 'backups', id))).mode & 0o777).toBe(0o700)
      expect((await stat(join(dir, 'backups'))).mode & 0o777).toBe(0o700)
    }
    expect(await notebook.backups.list(id)).toEqual([
      {
        stamp,
        takenAt: new Date(parseStamp(stamp!)!).toISOString(),
        size: expect.any(Number),
        valid: true,
        title: 'Atelier Grenoble',
        counts: { notes: 2, blocks: 0, journeys: 0, actions: 0 }
      }
    ])
    expect((await expectVerified(dir, id, stamp!)).captures).toHaveLength(2)
    // Nothing changed since: no second copy of the same bytes.
    notebook.backups.markChanged(id)
    await notebook.backups.runOnce()
    expect(await notebook.backups.list(id)).toHaveLength(1)
    expect(await notebook.backups.list(other.id)).toEqual([])
    await notebook.close()
  })

  it('refuses to keep a backup that does not verify', async () => {
    const dir = await tempDir()
    const file = join(dir, 'broken.json')
    expect(await codeOf(writeSessionVerified(file, Buffer.from('{"schemaVersion":5}')))).toBe(
      'storage/write-failed'
    )
    expect(await readdir(dir)).toEqual([])
  })

  it('takes a last backup on close (quit)', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    await capture.add(note(id, 'Said just before closing'))
    await notebook.close()
    const [name] = await readdir(join(dir, 'backups', id))
    expect((await expectVerified(dir, id, name!.slice(0, -5))).captures[0]?.text).toBe(
      'Said just before closing'
    )
  })

  it('restores a backup after backing up the current state, so the restore can be undone', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    await capture.add(note(id, 'First'))
    const [first] = await notebook.backups.runOnce()
    const stateA = await notebook.sessions.get(id)
    await capture.add(note(id, 'Second'))
    await notebook.sessions.update(id, (d) => {
      d.title = 'Renamed'
    })
    const stateB = await notebook.sessions.get(id)

    const { session, undoStamp } = await notebook.backups.restore(id, first!)
    expect(withoutUpdatedAt(session)).toEqual(withoutUpdatedAt(stateA))
    expect(withoutUpdatedAt(await notebook.sessions.get(id))).toEqual(withoutUpdatedAt(stateA))
    // A screen that saw stateA's revision before the rename must not pass for current now.
    expect(session.revision).toBe(stateB.revision + 1)
    expect(notebook.sessions.list().find((s) => s.id === id)?.title).toBe('Atelier Grenoble')
    expect(await notebook.backups.read(id, undoStamp!)).toEqual(stateB)

    await notebook.backups.restore(id, undoStamp!)
    expect(withoutUpdatedAt(await notebook.sessions.get(id))).toEqual(withoutUpdatedAt(stateB))
    await notebook.close()
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect((await reopened.sessions.get(id)).title).toBe('Renamed')
    await reopened.close()
  })

  it('refuses unknown stamps, ids that are not ids, and backups of another session', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    const other = await notebook.sessions.create(newSessionDetails('Other'))
    await capture.add(note(other.id, 'x'))
    const [otherStamp] = await notebook.backups.runOnce()
    expect(await codeOf(notebook.backups.read(id, '20200101T000000.000Z'))).toBe('backup/not-found')
    expect(await codeOf(notebook.backups.read(id, '../../notebook'))).toBe('backup/not-found')
    expect(await codeOf(notebook.backups.list('../../etc'))).toBe('session/not-found')
    // A backup file copied into the wrong session's folder is not restorable there.
    await notebook.close()
    const { mkdir, copyFile } = await import('node:fs/promises')
    await mkdir(join(dir, 'backups', id), { recursive: true })
    await copyFile(
      join(dir, 'backups', other.id, `${otherStamp}.json`),
      join(dir, 'backups', id, `${otherStamp}.json`)
    )
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect(await codeOf(reopened.backups.restore(id, otherStamp!))).toBe('backup/invalid')
    expect(await reopened.backups.newestGoodBackup(id)).toBeNull()
    await reopened.close()
  })

  it('erases every backup of a session', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    await capture.add(note(id, 'x'))
    await notebook.backups.runOnce()
    await capture.add(note(id, 'y'))
    await notebook.backups.runOnce()
    expect(await notebook.backups.eraseAll(id)).toBe(2)
    expect(await readdir(join(dir, 'backups'))).toEqual([])
    expect(await notebook.backups.newestGoodBackup(id)).toBeNull()
    await notebook.close()
  })

  it('removes the backups of a deleted session when the trash is emptied at the next open', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    const kept = await notebook.sessions.create(newSessionDetails('Kept'))
    await capture.add(note(id, 'x'))
    await capture.add(note(kept.id, 'y'))
    await notebook.backups.runOnce()
    await notebook.sessions.delete(id)
    // Until then "undo delete" works, and so do its backups.
    expect(await notebook.backups.list(id)).toHaveLength(1)
    await notebook.close()
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect(await readdir(join(dir, 'backups'))).toEqual([kept.id])
    await reopened.close()
  })

  const simulate = (days: number) => async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: T0 })
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    const written = new Map<string, SessionFile>()
    let edits = 0
    let runs = 0
    for (let minute = 1; minute <= days * 24 * 60; minute++) {
      // Bursts of work with quiet spells: the timer must skip the quiet ones.
      const hour = Math.floor(minute / 60) % 24
      if (hour >= 8 && hour < 18 && minute % 7 === 0) {
        await capture.add(note(id, `note ${minute}`))
        edits++
      }
      const before = new Set((await notebook.backups.list(id)).map((e) => e.stamp))
      await vi.advanceTimersByTimeAsync(MIN)
      await notebook.backups.idle()
      const after = (await notebook.backups.list(id)).map((e) => e.stamp)
      const fresh = after.filter((stamp) => !before.has(stamp))
      if (fresh.length === 0) continue
      runs++
      written.set(fresh[0]!, await notebook.sessions.get(id))
      // Each backup prunes: what stays is exactly what the policy keeps now, and nothing it wants is gone.
      const now = new Date()
      expect(selectBackupsToKeep(after, now)).toEqual(after)
      expect(selectBackupsToKeep([...written.keys()], now).filter((x) => !after.includes(x))).toEqual([])
    }
    const listed = await notebook.backups.list(id)
    const stamps = listed.map((e) => e.stamp)
    // Quiet spells are skipped: one backup per 10 minutes with changes, none without.
    expect(runs).toBeLessThanOrEqual(Math.ceil((days * 24 * 60) / 10))
    expect(runs).toBeGreaterThan(days * 50)
    expect(listed.every((e) => e.valid)).toBe(true)
    for (const stamp of stamps) expect(await expectVerified(dir, id, stamp)).toEqual(written.get(stamp))
    // Restore round-trips: the restored session is the backed-up one (only updatedAt moves on).
    const target = stamps[Math.min(3, stamps.length - 1)]!
    const { session } = await notebook.backups.restore(id, target)
    expect(withoutUpdatedAt(session)).toEqual(withoutUpdatedAt(written.get(target)!))
    console.log(
      `backups over ${days} simulated day(s): ${edits} edits, ${runs} backups taken, ${stamps.length} kept, all verified`
    )
    vi.useRealTimers()
    await notebook.close()
  }

  it('follows the policy over a simulated day of edits (fake timers)', simulate(1), 120_000)
  it.runIf(process.env.PASSERELLE_LONG === '1')(
    'follows the policy over 20 simulated days (PASSERELLE_LONG=1)',
    simulate(20),
    1_800_000
  )

  it('recovers a session whose file became unreadable from its newest good backup', async () => {
    const dir = await tempDir()
    const { notebook, id, capture } = await openWithSession(dir)
    await capture.add(note(id, 'Precious'))
    await notebook.backups.runOnce()
    const saved = await notebook.sessions.get(id)
    await notebook.close()
    await writeFile(join(dir, 'sessions', `${id}.json`), '{"schemaVersion":5,"id":')

    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect(await codeOf(reopened.sessions.get(id))).toBe('storage/corrupt-file')
    expect(reopened.status().recovered).toEqual([
      expect.objectContaining({ file: `sessions/${id}.json`, reason: 'unparsable' })
    ])
    const good = await reopened.backups.newestGoodBackup(id)
    expect(good).toMatchObject({ valid: true, counts: { notes: 1 } })
    const { session, undoStamp } = await reopened.backups.restore(id, good!.stamp)
    expect(undoStamp).toBeNull()
    expect(session).toEqual(saved)
    expect(reopened.sessions.list().map((s) => s.id)).toEqual([id])
    await reopened.close()
  })
})
