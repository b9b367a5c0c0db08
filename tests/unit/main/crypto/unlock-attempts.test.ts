import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type BackendOptions } from '../../../../src/main/backend'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import { ATTEMPTS_FILE } from '../../../../src/main/crypto/unlock-attempts'
import type { NotebookStatus } from '../../../../src/shared/domain/app-info'
import { value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PASS = 'a long walk along the Isère'

/** A clock the test moves, and the waits the gate asked for (each moves the clock on). */
function timing(start: number) {
  const t = { now: start, waited: [] as number[] }
  const unlockTiming = {
    clock: () => t.now,
    sleep: async (ms: number) => {
      t.waited.push(ms)
      t.now += ms
    }
  }
  return { t, unlockTiming }
}

async function protectedNotebook() {
  const dataDir = await tempDir()
  const first = await openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS })
  await value(first.dispatch('notebook:protect', { passphrase: PASS }))
  await first.close()
  return dataDir
}

const open = (dataDir: string, more: Partial<BackendOptions>) =>
  openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS, ...more })
const delayOf = async (b: Awaited<ReturnType<typeof open>>) =>
  (await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).unlockDelayMs
const wrong = (b: Awaited<ReturnType<typeof open>>, i: number) =>
  b.dispatch('notebook:unlock', { passphrase: `wrong guess ${i}` })

describe('failed unlocks are counted across restarts (real files)', () => {
  it('keeps the count and the delay after quitting, and a right passphrase starts it again', async () => {
    const dataDir = await protectedNotebook()
    const file = join(dataDir, 'notebook', ATTEMPTS_FILE)
    const { t, unlockTiming } = timing(5_000_000)
    const b = await open(dataDir, { unlockTiming })
    for (let i = 0; i < 4; i++)
      expect(await wrong(b, i)).toMatchObject({ error: { code: 'crypto/wrong-passphrase' } })
    expect(t.waited).toEqual([1000])
    // On disk before the answer: the count and when, in plain JSON, readable by the owner only.
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ failures: 4, lastFailureAt: t.now })
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600)
    await b.close()

    // Restarted half a second later: the 2 s earned by the fourth failure are still owed.
    t.now += 500
    const again = await open(dataDir, { unlockTiming })
    expect(await delayOf(again)).toBe(1500)
    expect(await wrong(again, 5)).toMatchObject({ error: { code: 'crypto/wrong-passphrase' } })
    expect(t.waited).toEqual([1000, 1500])
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ failures: 5 })
    expect(await delayOf(again)).toBe(4000)
    await value(again.dispatch('notebook:unlock', { passphrase: PASS }))
    expect(t.waited).toEqual([1000, 1500, 4000])
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
    await again.close()

    const third = await open(dataDir, { unlockTiming })
    expect(await delayOf(third)).toBe(0)
    for (let i = 0; i < 2; i++) await wrong(third, i)
    expect(t.waited).toEqual([1000, 1500, 4000])
    await third.close()
  })

  it('a clock set back never holds the user longer than the delay itself', async () => {
    const dataDir = await protectedNotebook()
    const file = join(dataDir, 'notebook', ATTEMPTS_FILE)
    await writeFile(file, JSON.stringify({ failures: 5, lastFailureAt: 9_000_000_000_000 }))
    const { unlockTiming } = timing(1_000_000)
    const b = await open(dataDir, { unlockTiming })
    expect(await delayOf(b)).toBe(4000)
    await b.close()
  })

  it('a damaged count is no count: the notebook still opens, and the next failure writes a good one', async () => {
    const dataDir = await protectedNotebook()
    const file = join(dataDir, 'notebook', ATTEMPTS_FILE)
    await writeFile(file, '{"failures": "many"')
    const { t, unlockTiming } = timing(2_000_000)
    const b = await open(dataDir, { unlockTiming })
    expect(await delayOf(b)).toBe(0)
    await wrong(b, 1)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ failures: 1, lastFailureAt: t.now })
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    expect(t.waited).toEqual([])
    await b.close()
  })
})
