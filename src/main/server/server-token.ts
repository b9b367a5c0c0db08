import { randomBytes } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from '../storage/durable-write'

/** Browser mode's access key for one data folder, beside the notebook in `<dataDir>/`. */
export const TOKEN_FILE = 'server-token'

/** 24 random bytes, base64url: 32 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/

export const newToken = (): string => randomBytes(24).toString('base64url')

/**
 * The access key browser mode puts in its address, kept so that address stays the same from one
 * start to the next on this data folder: a tab left open works again after the server restarts.
 * Made once with crypto randomness, stored readable by the owner only (0600), read back on every
 * start. A key whose file is not a plain file of ours, is readable by others, or is malformed is
 * replaced (someone else may have seen it); the old address then stops working.
 *
 * Call it while holding the notebook lock, so no other server writes it meanwhile. Never log it:
 * the only place it appears is the address printed at start.
 */
export async function loadOrCreateToken(dataDir: string): Promise<string> {
  const file = join(dataDir, TOKEN_FILE)
  const kept = await readKeptToken(file)
  if (kept !== null) return kept
  const token = newToken()
  // Temp file created 0600, fsynced, renamed over whatever was there (a symlink is replaced, never followed).
  await writeFileDurable(file, `${token}\n`)
  return token
}

async function readKeptToken(file: string): Promise<string | null> {
  try {
    const info = await lstat(file)
    if (!info.isFile()) return null
    if (process.platform !== 'win32') {
      if ((info.mode & 0o077) !== 0) return null
      if (typeof process.getuid === 'function' && info.uid !== process.getuid()) return null
    }
    const token = (await readFile(file, 'utf8')).trim()
    return TOKEN_PATTERN.test(token) ? token : null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') return null
    throw error
  }
}
