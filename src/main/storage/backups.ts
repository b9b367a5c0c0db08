import { mkdir, readdir, rm } from 'node:fs/promises'
import type { BackupCounts, BackupEntry, SessionCounts } from '../../shared/domain/notebook-ops'
export type { BackupCounts, BackupEntry } from '../../shared/domain/notebook-ops'
export { BACKUP_INTERVAL_MS, type Schedule } from './backup-schedule'
export { purgeBackupsOfTrash } from './backup-files'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { backupFiles } from './backup-files'
import { BACKUP_INTERVAL_MS, defaultSchedule, type Schedule } from './backup-schedule'
import { formatStamp, isStamp, parseStamp, selectBackupsToKeep } from './backup-policy'
import { PRIVATE_DIR_MODE, isTempFileName, removeStaleTemps } from './durable-write'
import { readDamagedText, readData, writeData } from './file-codec'
import { sessionIdSchema, type SessionFile } from './schemas'
import { countsOf, readSessionFile, sessionBytes, sha256, writeSessionVerified } from './session-file'
import { serializeSession } from './session-serializer'
import type { SessionsRepo } from './sessions-repo'

const pickCounts = ({ notes, blocks, journeys, actions }: SessionCounts): BackupCounts => ({
  notes,
  blocks,
  journeys,
  actions
})

export interface BackupsOptions {
  /** The notebook folder; backups go to `<dir>/backups/<sessionId>/<stamp>.json`. */
  dir: string
  sessions: Pick<SessionsRepo, 'peek' | 'update' | 'adopt' | 'onChange'>
  now?: () => Date
  schedule?: Schedule
  intervalMs?: number
  readOnly?: boolean
  log?: (message: string) => void
}

export type Backups = ReturnType<typeof createBackups>

/** A file we could not read as a session is passed to `raw` as text; return null to leave it. */
export interface BackupRewrite {
  session: (session: SessionFile) => SessionFile | null
  raw: (text: string) => string | null
  /** Count what would change, write nothing. */
  dryRun?: boolean
}

/**
 * Rolling backups of changed session files. Every operation runs one at a time (a backup, a
 * prune, a restore, an erase), so none of them sees a half-done other one.
 */
export function createBackups(options: BackupsOptions) {
  const { sessions, readOnly = false, log = console.error } = options
  const now = options.now ?? (() => new Date())
  const { root, folderOf, fileOf, stampsOf } = backupFiles(options.dir)
  const dirty = new Set<string>()
  /** Hash and stamp of the newest backup per session, so an unchanged state is not backed up twice. */
  const newest = new Map<string, { hash: string; stamp: string }>()
  const entries = new Map<string, BackupEntry>()
  let chain: Promise<unknown> = Promise.resolve()

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work)
    chain = run.catch(() => undefined)
    return run
  }
  async function entryOf(id: string, stamp: string): Promise<BackupEntry> {
    const key = `${id}/${stamp}`
    const cached = entries.get(key)
    if (cached) return cached
    const check = await readSessionFile(fileOf(id, stamp))
    const valid = check.ok && check.session.id === id
    const s = check.ok ? check.session : null
    const entry: BackupEntry = {
      stamp,
      takenAt: new Date(parseStamp(stamp)!).toISOString(),
      size: check.size,
      valid,
      title: valid && s ? s.title : null,
      counts: valid && s ? pickCounts(countsOf(s)) : null
    }
    entries.set(key, entry)
    return entry
  }

  async function newestOf(id: string): Promise<{ hash: string; stamp: string } | null> {
    const known = newest.get(id)
    if (known) return known
    const [stamp] = await stampsOf(id)
    if (!stamp) return null
    const found = { stamp, hash: sha256(await readData(fileOf(id, stamp))) }
    newest.set(id, found)
    return found
  }

  /**
   * Back up the session's current state unless the newest backup already holds exactly these
   * bytes; returns the stamp of the backup that holds it either way. Throws `session/not-found`
   * when the session has no readable file (deleted, erased or set aside).
   */
  async function backupNow(id: string, protect?: string): Promise<string> {
    const current = await sessions.peek(id)
    // Serialised before the first await, so the backup is one consistent state of the session.
    // The serialiser reuses each note's JSON from the last write of the session file.
    const bytes = serializeSession(current as SessionFile)
    const hash = sha256(bytes)
    const last = await newestOf(id)
    if (last?.hash === hash) return last.stamp
    const lastAt = last ? parseStamp(last.stamp)! : -Infinity
    // Stamps strictly increase per session even if the clock steps back, so "newest" stays true.
    const stamp = formatStamp(new Date(Math.max(now().getTime(), lastAt + 1)))
    await mkdir(folderOf(id), { recursive: true, mode: PRIVATE_DIR_MODE })
    await writeSessionVerified(fileOf(id, stamp), bytes, { notesValidated: true })
    newest.set(id, { hash, stamp })
    await prune(id, protect)
    return stamp
  }

  async function prune(id: string, protect?: string): Promise<void> {
    const stamps = await stampsOf(id)
    const keep = new Set(selectBackupsToKeep(stamps, now()))
    if (protect) keep.add(protect)
    for (const stamp of stamps) {
      if (keep.has(stamp)) continue
      await rm(fileOf(id, stamp), { force: true })
      entries.delete(`${id}/${stamp}`)
    }
    // Only this module writes here and it is idle, so any temp file is a crashed write's leftover.
    await removeStaleTemps(folderOf(id))
  }

  async function runDirty(): Promise<string[]> {
    const written: string[] = []
    if (readOnly) return written
    for (const id of [...dirty]) {
      dirty.delete(id)
      try {
        written.push(await backupNow(id))
      } catch (error) {
        const code = error instanceof AppError ? error.code : null
        // Gone (deleted, erased, set aside) or newer-version sessions have nothing to back up.
        if (code === 'session/not-found' || code === 'storage/read-only') continue
        dirty.add(id)
        log(`backup of session ${id} failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return written
  }

  async function readBackup(id: string, stamp: string): Promise<SessionFile> {
    let check
    try {
      check = await readSessionFile(fileOf(id, stamp))
    } catch {
      throw new AppError('backup/not-found', `no backup ${stamp} of session ${id}`)
    }
    if (!check.ok) throw new AppError('backup/invalid', `backup ${stamp}: ${check.detail}`)
    if (check.session.id !== id)
      throw new AppError('backup/invalid', `backup ${stamp} belongs to another session`)
    return check.session
  }

  const cancel = (options.schedule ?? defaultSchedule)(() => {
    if (dirty.size > 0)
      exclusive(runDirty).catch((error: unknown) => log(`backup run failed: ${String(error)}`))
  }, options.intervalMs ?? BACKUP_INTERVAL_MS)
  const unsubscribe = sessions.onChange((id) => dirty.add(id))

  return {
    markChanged(id: string): void {
      dirty.add(id)
    },

    /** Back up every session changed since its last backup; returns the stamps written. */
    runOnce: (): Promise<string[]> => exclusive(runDirty),

    /** On quit: the last changes get a backup too. */
    flush: (): Promise<string[]> => exclusive(runDirty),

    /** Resolves once every queued operation has finished. */
    idle: (): Promise<void> => exclusive(() => Promise.resolve()),

    /** Newest first. */
    list: (id: string): Promise<BackupEntry[]> =>
      exclusive(async () => Promise.all((await stampsOf(id)).map((s) => entryOf(id, s)))),

    read: (id: string, stamp: string): Promise<SessionFile> => exclusive(() => readBackup(id, stamp)),

    /** What to offer when a session file was unreadable: the newest backup that still validates. */
    newestGoodBackup: (id: string): Promise<BackupEntry | null> =>
      exclusive(async () => {
        for (const stamp of await stampsOf(id)) {
          const entry = await entryOf(id, stamp)
          if (entry.valid) return entry
        }
        return null
      }),

    /**
     * Replace a session's content with a backup. The current state is backed up first and its
     * stamp returned, so the restore can itself be undone by restoring `undoStamp`. A session whose
     * file was set aside as unreadable is brought back from the backup (`undoStamp` is then null).
     */
    restore: (id: string, stamp: string): Promise<{ session: SessionFile; undoStamp: string | null }> =>
      exclusive(async () => {
        if (readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
        const backup = await readBackup(id, stamp)
        let undoStamp: string | null = null
        try {
          undoStamp = await backupNow(id, stamp)
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'session/not-found') throw error
        }
        const session =
          undoStamp === null
            ? await sessions.adopt(backup)
            : await sessions.update(id, (draft) => Object.assign(draft, backup))
        return { session, undoStamp }
      }),

    /** Remove every backup of a session (erase); returns how many files went. */
    eraseAll: (id: string): Promise<number> =>
      exclusive(async () => {
        if (readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
        dirty.delete(id)
        newest.delete(id)
        for (const key of entries.keys()) if (key.startsWith(`${id}/`)) entries.delete(key)
        const names = await readdir(folderOf(id)).catch(() => [] as string[])
        await rm(folderOf(id), { recursive: true, force: true })
        return names.length
      }),

    /** Sessions with a backups folder, including deleted ones. */
    sessionIds: (): Promise<string[]> =>
      exclusive(async () =>
        (await readdir(root, { withFileTypes: true }).catch(() => []))
          .filter((e) => e.isDirectory() && sessionIdSchema.safeParse(e.name).success)
          .map((e) => e.name)
      ),

    /**
     * Rewrite every backup of a session in place (erasing a pseudonym). Valid backups are changed
     * through `change.session` and verified again; unreadable ones through `change.raw`.
     */
    rewriteAll: (id: string, change: BackupRewrite): Promise<{ rewritten: number; raw: number }> =>
      exclusive(async () => {
        if (readOnly && !change.dryRun) throw new AppError('storage/read-only', 'notebook is read-only')
        let rewritten = 0
        let raw = 0
        const folder = folderOf(id)
        if (!change.dryRun) await removeStaleTemps(folder)
        for (const name of await readdir(folder).catch(() => [] as string[])) {
          if (isTempFileName(name)) continue
          const file = join(folder, name)
          const stamp = name.endsWith('.json') ? name.slice(0, -5) : ''
          const check = isStamp(stamp) ? await readSessionFile(file) : null
          if (check?.ok) {
            const next = change.session(check.session)
            if (next === null) continue
            if (!change.dryRun) await writeSessionVerified(file, sessionBytes(next))
            rewritten++
          } else {
            const text = await readDamagedText(file)
            const next = text === null ? null : change.raw(text)
            if (next === null) continue
            if (!change.dryRun) await writeData(file, next)
            raw++
          }
          entries.delete(`${id}/${stamp}`)
        }
        newest.delete(id)
        return { rewritten, raw }
      }),

    stop(): void {
      cancel()
      unsubscribe()
    }
  }
}
