import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { PRIVATE_DIR_MODE, isTempFileName, syncDirectory, writeFileDurable } from '../storage/durable-write'
import { LOCK_FILE, acquireLock } from '../storage/lock'
import { JOURNAL_SUFFIX } from '../storage/sessions-repo'
import { PACKS_DIR } from '../storage/packs-repo'
import type { FileCodec } from '../storage/file-codec'
import { KEY_FILE, writeKeyFile, type KeyFile } from './key-file'

/**
 * Turning a plaintext notebook into a protected one, crash-safely. Every file is sealed into a
 * staging folder beside the notebook and fsynced; the key file is written there last, and its
 * presence is what marks the staging folder complete. Then two renames swap the folders. At every
 * instant one complete notebook exists: the plain folder, or a complete staging folder that the
 * next start finishes moving into place (`resumeConversion`). The old plaintext folder is removed
 * last (temp files, old backups, damaged copies with it).
 */
export const stagingDir = (dir: string): string => `${dir}.sealing`
export const retiredDir = (dir: string): string => `${dir}.unsealed-old`

/** Test hook: the crash harness kills the process at a named step. */
export type ConversionStep = 'sealed-file' | 'key-written' | 'old-moved' | 'switched'

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** Every file under `dir`, relative, except the lock and crashed writers' temp files. */
async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? join(rel, entry.name) : entry.name
    if (entry.isDirectory()) out.push(...(await listFiles(dir, path)))
    else if (entry.isFile() && !isTempFileName(entry.name) && path !== LOCK_FILE) out.push(path)
  }
  return out
}

/** A journal's complete lines, each sealed on its own; a torn last line was never acknowledged. */
function sealJournal(text: string, codec: FileCodec): string {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1)
  return complete
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => `${codec.sealLine(line)}\n`)
    .join('')
}

export async function convertToSealed(
  dir: string,
  keyFile: KeyFile,
  codec: FileCodec,
  onStep: (step: ConversionStep) => void = () => undefined
): Promise<void> {
  const staging = stagingDir(dir)
  const retired = retiredDir(dir)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true, mode: PRIVATE_DIR_MODE })
  for (const rel of await listFiles(dir)) {
    const target = join(staging, rel)
    await mkdir(dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE })
    const bytes = await readFile(join(dir, rel))
    // Content packs are published material, read before unlocking is possible: kept as they are.
    const plain = rel.split(/[\\/]/)[0] === PACKS_DIR
    const sealed = plain
      ? bytes
      : rel.endsWith(JOURNAL_SUFFIX)
        ? sealJournal(bytes.toString('utf8'), codec)
        : codec.sealFile(bytes)
    await writeFileDurable(target, sealed)
    onStep('sealed-file')
  }
  // Written last: its presence says every file above is sealed and on disk.
  await writeKeyFile(staging, keyFile)
  await syncDirectory(staging)
  onStep('key-written')
  await switchFolders(dir, staging, retired, onStep)
}

async function switchFolders(
  dir: string,
  staging: string,
  retired: string,
  onStep: (step: ConversionStep) => void
): Promise<void> {
  await rm(retired, { recursive: true, force: true })
  if (await exists(dir)) await rename(dir, retired)
  onStep('old-moved')
  await rename(staging, dir)
  await syncDirectory(dirname(dir))
  onStep('switched')
  await rm(retired, { recursive: true, force: true })
  await syncDirectory(dirname(dir))
}

/**
 * At start, before the notebook is read: finish or undo a conversion a crash interrupted. An
 * incomplete staging folder is dropped (the plain notebook is intact); a complete one is moved into
 * place; a leftover plaintext folder beside a protected notebook is removed.
 */
export async function resumeConversion(dir: string): Promise<void> {
  const staging = stagingDir(dir)
  const retired = retiredDir(dir)
  const stagingThere = await exists(staging)
  const retiredThere = await exists(retired)
  if (!stagingThere && !retiredThere) return
  // Another process converting right now holds the lock of the live folder: leave it alone.
  const lock = (await exists(dir)) ? await acquireLock(dir, 'tool', () => new Date()) : null
  try {
    const dirProtected = await exists(join(dir, KEY_FILE))
    if (stagingThere) {
      const complete = await exists(join(staging, KEY_FILE))
      if (!complete || dirProtected) await rm(staging, { recursive: true, force: true })
      else {
        await lock?.release()
        await switchFolders(dir, staging, retired, () => undefined)
        return
      }
    }
    if (await exists(join(dir, KEY_FILE))) await rm(retired, { recursive: true, force: true })
    else if (!(await exists(dir)) && retiredThere) await rename(retired, dir)
    await syncDirectory(dirname(dir))
  } finally {
    await lock?.release()
  }
}

/**
 * A conversion that failed in this process (disk full, a rename refused): true when it had in fact
 * completed (the protected folder is in place); otherwise the plain folder is put back and the
 * staging folder dropped, so the notebook reopens exactly as it was.
 */
export async function settleFailedConversion(dir: string): Promise<boolean> {
  if (await exists(join(dir, KEY_FILE))) return true
  if (!(await exists(dir)) && (await exists(retiredDir(dir)))) await rename(retiredDir(dir), dir)
  await rm(stagingDir(dir), { recursive: true, force: true })
  await syncDirectory(dirname(dir))
  return false
}
