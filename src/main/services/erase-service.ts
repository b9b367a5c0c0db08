import { readdir, rm } from 'node:fs/promises'
import type { PseudonymErasure, SessionErasure } from '../../shared/domain/notebook-ops'
export type { PseudonymErasure, SessionErasure } from '../../shared/domain/notebook-ops'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { LIMITS } from '../../shared/limits'
import { isTempFileName } from '../storage/durable-write'
import { readDamagedText, writeData } from '../storage/file-codec'
import type { Notebook } from '../storage/notebook'
import { sessionIdSchema, type SessionFile } from '../storage/schemas'
import { readSessionFile, sessionBytes, writeSessionVerified } from '../storage/session-file'
import { JOURNAL_SUFFIX, SESSIONS_DIR, TRASH_DIR } from '../storage/sessions-repo'
import { createScrubber, scrubLibrary, scrubRawText, scrubSession } from './pseudonym'

const names = (dir: string) => readdir(dir).catch(() => [] as string[])

/**
 * Temp files left by a crashed writer. Ours (this pid) belong to writes in flight, which rename or
 * remove them themselves; removing one would fail that write.
 */
async function removeLeftoverTemps(dir: string): Promise<number> {
  let removed = 0
  for (const name of await names(dir)) {
    if (!isTempFileName(name) || name.includes(`.${process.pid}.`)) continue
    await rm(join(dir, name), { force: true })
    removed++
  }
  return removed
}

/** "Deleted means gone from the data folder": erase purges at once instead of waiting for the trash to empty. */
export function createEraseService(notebook: Notebook) {
  const sessionsDir = join(notebook.dir, SESSIONS_DIR)
  const trashDir = join(notebook.dir, TRASH_DIR)
  const refuseReadOnly = () => {
    if (notebook.status().readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
  }

  return {
    async eraseSession(id: string): Promise<SessionErasure> {
      if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
      refuseReadOnly()
      // Backups first: a pending backup of this session must not be written after its files go.
      let files = await notebook.backups.eraseAll(id)
      await notebook.sessions.forget(id)
      const mine = (name: string) =>
        name === `${id}.json` ||
        name === `${id}${JOURNAL_SUFFIX}` ||
        name.startsWith(`${id}.json.corrupt-`) ||
        name.startsWith(`.${id}.json.`) ||
        name.startsWith(`.${id}${JOURNAL_SUFFIX}.`)
      for (const dir of [sessionsDir, trashDir]) {
        for (const name of (await names(dir)).filter(mine)) {
          await rm(join(dir, name), { force: true })
          files++
        }
      }
      // Anyone who loaded the session again in the meantime loses it now; the file is gone.
      await notebook.sessions.forget(id)
      // Boards and the "imported from" label must not keep its id or point at its notes.
      await notebook.insights.forgetSession(id)
      return { files }
    },

    /**
     * Remove a participant's pseudonym from every session, every backup, the trash, the Library's
     * private layer and damaged copies. With `dryRun`, count what would change and write nothing (for a confirmation dialog).
     */
    async erasePseudonym(pseudonym: string, options: { dryRun?: boolean } = {}): Promise<PseudonymErasure> {
      const dryRun = options.dryRun === true
      const scrubber = createScrubber(pseudonym)
      if (scrubber.name.length === 0 || scrubber.name.length > LIMITS.pseudonym.max)
        throw new AppError(
          'validation/invalid-input',
          `a pseudonym is 1 to ${LIMITS.pseudonym.max} characters`
        )
      if (!dryRun) refuseReadOnly()
      const result: PseudonymErasure = {
        sessions: 0,
        speakers: 0,
        mentions: 0,
        library: 0,
        backups: 0,
        trash: 0,
        damaged: 0,
        tempFiles: 0,
        skipped: []
      }
      const live = new Set(notebook.sessions.list().map((s) => s.id))
      for (const name of await names(sessionsDir))
        if (name.endsWith('.json')) live.add(name.slice(0, -'.json'.length))
      for (const id of live) {
        if (!sessionIdSchema.safeParse(id).success) continue
        let current
        try {
          current = await notebook.sessions.peek(id)
        } catch (error) {
          const code = error instanceof AppError ? error.code : null
          // Unreadable files were just set aside and are cleaned below with the other damaged copies.
          if (code === 'session/not-found') continue
          if (code === 'storage/read-only') result.skipped.push(`${SESSIONS_DIR}/${id}.json`)
          else throw error
          continue
        }
        const found = scrubSession(current as SessionFile, scrubber)
        if (!found) continue
        if (!dryRun) {
          // Scrubbed again inside the update, so a note captured meanwhile is covered too.
          await notebook.sessions.update(id, (draft) => {
            const again = scrubSession(draft, scrubber)
            if (again) Object.assign(draft, again.session)
          })
        }
        result.sessions++
        result.speakers += found.counts.speakers
        result.mentions += found.counts.mentions
      }
      await notebook.sessions.flushAll()

      const library = scrubLibrary(notebook.library.peekFile(), scrubber)
      if (library) {
        if (!dryRun)
          await notebook.library.rewrite((current) => scrubLibrary(current, scrubber)?.library ?? null)
        result.library = library.entries
      }
      // Saved views, boards and origin labels are the same private layer as the Library's notes.
      result.library += await notebook.insights.scrubTexts(scrubber.replace, dryRun)

      const rewriteRaw = async (file: string): Promise<boolean> => {
        const text = await readDamagedText(file)
        const next = text === null ? null : scrubRawText(text, scrubber)
        if (next === null) return false
        if (!dryRun) await writeData(file, next)
        return true
      }
      // Set-aside copies of sessions, and of the notebook and Library files (titles, private notes).
      for (const dir of [sessionsDir, notebook.dir]) {
        for (const name of await names(dir)) {
          if (name.includes('.json.corrupt-') && (await rewriteRaw(join(dir, name)))) result.damaged++
        }
      }
      for (const name of await names(trashDir)) {
        if (!name.endsWith('.json')) continue
        const file = join(trashDir, name)
        const check = await readSessionFile(file)
        if (!check.ok) {
          if (await rewriteRaw(file)) result.damaged++
          continue
        }
        const found = scrubSession(check.session, scrubber)
        if (!found) continue
        if (!dryRun) await writeSessionVerified(file, sessionBytes(found.session))
        result.trash++
      }
      for (const id of await notebook.backups.sessionIds()) {
        const done = await notebook.backups.rewriteAll(id, {
          dryRun,
          session: (s) => scrubSession(s, scrubber)?.session ?? null,
          raw: (text) => scrubRawText(text, scrubber)
        })
        result.backups += done.rewritten
        result.damaged += done.raw
      }
      if (!dryRun) {
        for (const dir of [notebook.dir, sessionsDir, trashDir])
          result.tempFiles += await removeLeftoverTemps(dir)
      }
      return result
    }
  }
}
