import { open, readFile, rm } from 'node:fs/promises'
import { unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { PRIVATE_FILE_MODE } from './durable-write'

export const LOCK_FILE = '.lock'

/** Locks this process holds, so a second open in the same process is refused like any other. */
const heldHere = new Set<string>()

export interface LockInfo {
  pid: number
  owner: 'desktop' | 'server' | 'tool'
  since: string
}

export interface NotebookLock {
  info: LockInfo
  release(): Promise<void>
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One writer per notebook folder. Electron's single-instance lock covers two desktop windows; this
 * file also covers a browser-mode server or a tool started against the same folder. A lock left
 * by a process that no longer exists (a crash) is taken over.
 */
export async function acquireLock(
  dir: string,
  owner: LockInfo['owner'],
  now: () => Date
): Promise<NotebookLock> {
  const path = join(dir, LOCK_FILE)
  const info: LockInfo = { pid: process.pid, owner, since: now().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', PRIVATE_FILE_MODE)
      try {
        await handle.writeFile(JSON.stringify(info))
        await handle.sync()
      } finally {
        await handle.close()
      }
      const onExit = () => {
        try {
          unlinkSync(path)
        } catch {
          /* already gone */
        }
      }
      process.once('exit', onExit)
      heldHere.add(path)
      return {
        info,
        release: async () => {
          process.removeListener('exit', onExit)
          heldHere.delete(path)
          await rm(path, { force: true })
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError(
          'storage/write-failed',
          `cannot create lock file (${(error as NodeJS.ErrnoException).code})`
        )
      }
      const holder = await readHolder(path)
      const heldByUs = holder?.pid === process.pid && heldHere.has(path)
      if (holder && (heldByUs || (holder.pid !== process.pid && isAlive(holder.pid)))) {
        throw new AppError(
          'storage/locked',
          `notebook in use by ${holder.owner} process ${holder.pid} since ${holder.since}`
        )
      }
      await rm(path, { force: true })
    }
  }
  throw new AppError('storage/locked', 'notebook lock could not be acquired')
}

async function readHolder(path: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>
    return typeof parsed.pid === 'number' ? (parsed as LockInfo) : null
  } catch {
    return null
  }
}
