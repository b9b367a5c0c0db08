import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { isStamp } from './backup-policy'
import { sessionIdSchema } from './schemas'

/** Where backups live: `<notebook>/backups/<sessionId>/<stamp>.json`. */
export const BACKUPS_DIR = 'backups'

/**
 * Paths inside the backups folder. Ids and stamps come from callers, so both are checked before
 * they become part of a path.
 */
export function backupFiles(notebookDir: string) {
  const root = join(notebookDir, BACKUPS_DIR)
  const folderOf = (id: string) => {
    if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
    return join(root, id)
  }
  const fileOf = (id: string, stamp: string) => {
    if (!isStamp(stamp)) throw new AppError('backup/not-found', `no backup ${stamp}`)
    return join(folderOf(id), `${stamp}.json`)
  }
  return {
    root,
    folderOf,
    fileOf,
    /** Stamps on disk, newest first. Anything that is not `<stamp>.json` is left alone. */
    async stampsOf(id: string): Promise<string[]> {
      const names = await readdir(folderOf(id)).catch(() => [] as string[])
      return names
        .filter((n) => n.endsWith('.json') && isStamp(n.slice(0, -5)))
        .map((n) => n.slice(0, -5))
        .sort()
        .reverse()
    }
  }
}

/**
 * Deleted sessions leave the trash for good when the notebook is next opened; their backups go
 * first, so a crash in between leaves the trash copy and the next open tries again.
 */
export async function purgeBackupsOfTrash(notebookDir: string, trashDir: string): Promise<number> {
  let purged = 0
  for (const name of await readdir(join(notebookDir, trashDir)).catch(() => [] as string[])) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
    if (!sessionIdSchema.safeParse(id).success) continue
    await rm(join(notebookDir, BACKUPS_DIR, id), { recursive: true, force: true })
    purged++
  }
  return purged
}
