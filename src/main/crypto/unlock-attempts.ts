import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { syncDirectory, writeFileDurable } from '../storage/durable-write'

/**
 * Wrong passphrases in a row, kept beside `protection.json` so that quitting and restarting does
 * not wipe the growing delay. Plaintext on purpose: a count and a time say nothing about anyone,
 * and the file must be readable before any key exists.
 */
export const ATTEMPTS_FILE = 'unlock-attempts.json'

export interface UnlockAttempts {
  failures: number
  /** When the last wrong attempt was answered (ms since the epoch). */
  lastFailureAt: number
}

const NONE: UnlockAttempts = { failures: 0, lastFailureAt: 0 }
const attemptsSchema = z.strictObject({
  failures: z.number().int().min(0).max(1_000_000),
  lastFailureAt: z.number().int().min(0)
})

/** Held back before answering again after repeated wrong secrets: 0, 0, 1 s, 2 s, 4 s… up to a minute. */
export function unlockDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 3))
}

/**
 * When the next attempt may be answered. A last failure "in the future" (the clock was set back)
 * counts as now, so a changed clock can never hold the user back longer than the delay itself.
 */
export const retryAt = (attempts: UnlockAttempts, now: number): number =>
  Math.min(attempts.lastFailureAt, now) + unlockDelayMs(attempts.failures)

/**
 * The record of `dir`; none when there is no file. A damaged file counts as none: the delay is a
 * courtesy against someone at the locked screen, who cannot edit files; never a reason to refuse.
 */
export async function readUnlockAttempts(dir: string): Promise<UnlockAttempts> {
  try {
    return attemptsSchema.parse(JSON.parse(await readFile(join(dir, ATTEMPTS_FILE), 'utf8')))
  } catch {
    return NONE
  }
}

/** Written durably before the wrong attempt is answered, so a quit right after cannot lose it. */
export const writeUnlockAttempts = (dir: string, attempts: UnlockAttempts): Promise<void> =>
  writeFileDurable(join(dir, ATTEMPTS_FILE), `${JSON.stringify(attempts)}\n`)

/** A successful unlock starts the count again. */
export async function clearUnlockAttempts(dir: string): Promise<void> {
  await rm(join(dir, ATTEMPTS_FILE), { force: true })
  await syncDirectory(dir)
}
