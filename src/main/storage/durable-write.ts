import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Owner-only: notes are about vulnerable people. Ignored by Windows, which has no mode bits. */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700

let sequence = 0

/** Temp files live next to their target (same filesystem, so rename is atomic) with a recognisable name. */
export const TEMP_SUFFIX = '.tmp'
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

/**
 * Write `data` so that after a crash the target holds either the old bytes or the new ones, never
 * a mixture: write a temp file, fsync it, rename it over the target, fsync the folder so the rename
 * itself is durable. On failure (disk full…) the temp file is removed and the target is untouched.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file)
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${++sequence}${TEMP_SUFFIX}`)
  try {
    const handle = await open(tmp, 'w', PRIVATE_FILE_MODE)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

export async function syncDirectory(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open or fsync a directory; its rename is already durable enough there.
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Remove temp files a crashed writer left behind. Only called while holding the notebook lock,
 * so no live writer can own them; the targets they were meant to replace are untouched.
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!isTempFileName(name)) continue
    await rm(join(dir, name), { force: true })
    removed++
  }
  return removed
}
