import { readdir } from 'node:fs/promises'
import { AppError } from '../../shared/errors'
import { replay, type JournalledStores } from './journalled-stores'
import { readSessionFile } from './session-file'
import { sessionIdSchema, type SessionFile, type SessionIndexEntry } from './schemas'

/**
 * Reads of the sessions folder that SessionsRepo makes outside its usual open-and-keep path: a
 * session read from its file and journal with nothing moved, flushed or cached, and the index
 * rebuilt from whatever files there are.
 */

/**
 * A session that is not open, read from its file and journal. A damaged file is refused and left
 * where it is, for the facilitator's own opening of it (which sets it aside and offers its backup).
 */
export async function readWithoutKeeping(files: JournalledStores, id: string): Promise<SessionFile> {
  const check = await readSessionFile(files.fileOf(id)).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('session/not-found', `no session ${id}`)
    throw error
  })
  if (!check.ok) throw new AppError('storage/corrupt-file', `session ${id} does not read`)
  replay(check.session, await files.readJournal(id))
  return check.session
}

/** Errors that leave a session out of a rebuilt index instead of stopping the rebuild. */
const SKIPPED = ['session/not-found', 'storage/corrupt-file', 'crypto/tampered']

/**
 * The index entries of the session files in `dir`, each as `entryOf` opens it. A file that does
 * not read is left out, so one damaged session cannot keep the others from being listed.
 */
export async function indexEntriesIn(
  dir: string,
  entryOf: (id: string) => Promise<SessionIndexEntry>
): Promise<SessionIndexEntry[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'))
  const entries: SessionIndexEntry[] = []
  for (const name of names) {
    const id = name.slice(0, -'.json'.length)
    if (!sessionIdSchema.safeParse(id).success) continue
    try {
      entries.push(await entryOf(id))
    } catch (error) {
      if (!(error instanceof AppError) || !SKIPPED.includes(error.code)) throw error
    }
  }
  return entries
}
