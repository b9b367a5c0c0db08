import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../../src/main/backend'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import { MARK, MARK_SPEAKER, scriptedDay } from '../../../support/encrypted-day'
import { value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PASS = 'the bridge at Grenoble at dawn'
const open = (dataDir: string) => openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS })

/** Every file under the data folder whose raw bytes contain the text (any case). */
async function filesHolding(dataDir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text.toLowerCase())
  const found: string[] = []
  for (const e of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    const path = join(e.parentPath, e.name)
    const bytes = Buffer.from((await readFile(path)).toString('latin1').toLowerCase(), 'latin1')
    if (bytes.includes(needle)) found.push(path.slice(dataDir.length + 1))
  }
  return found
}

/**
 * What the user can read back: sessions with everything in them, the Library, views and boards,
 * and backup stamps (closing takes one more backup of a changed session, so later lists grow).
 */
async function everything(b: Backend) {
  const call = (channel: string, input?: unknown) => value<unknown>(b.dispatch(channel, input))
  const list = (await call('sessions:list')) as { id: string }[]
  return {
    sessions: await Promise.all(list.map((s) => call('sessions:get', { id: s.id }))),
    library: await call('library:get'),
    templates: await call('templates:list'),
    views: await call('views:list'),
    boards: await call('boards:list'),
    backups: (await Promise.all(list.map((s) => call('backups:list', { sessionId: s.id })))) as {
      stamp: string
      valid: boolean
    }[][]
  }
}

async function expectSame(b: Backend, seen: Awaited<ReturnType<typeof everything>>) {
  const now = await everything(b)
  expect({ ...now, backups: [] }).toEqual({ ...seen, backups: [] })
  seen.backups.forEach((list, i) => {
    const valid = new Set(now.backups[i]!.filter((e) => e.valid).map((e) => e.stamp))
    expect(list.filter((e) => !valid.has(e.stamp))).toEqual([])
  })
}

describe('a day in a protected notebook (real files)', () => {
  it('leaves the marker in no file, and everything reads back after lock/unlock and a restart', async () => {
    const dataDir = await tempDir()
    const b = await open(dataDir)
    await value(b.dispatch('notebook:protect', { passphrase: PASS }))
    await scriptedDay(b)
    const seen = await everything(b)
    // The day really was there to find: every part holds the marker, and the erase worked.
    const text = JSON.stringify(seen)
    expect(text.split(MARK).length).toBeGreaterThan(200)
    expect(text).not.toContain(MARK_SPEAKER)
    expect(seen.backups[0]!.length).toBeGreaterThan(0)

    expect(await filesHolding(dataDir, MARK)).toEqual([])

    await value(b.dispatch('notebook:lock', undefined))
    expect(await filesHolding(dataDir, MARK)).toEqual([])
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    await expectSame(b, seen)
    await b.close()
    expect(await filesHolding(dataDir, MARK)).toEqual([])

    const again = await open(dataDir)
    expect(await again.dispatch('sessions:list', undefined)).toMatchObject({
      error: { code: 'crypto/locked' }
    })
    await value(again.dispatch('notebook:unlock', { passphrase: PASS }))
    await expectSame(again, seen)
    await again.close()
  })

  it('converts a notebook that already lived a day, leaving no plaintext behind', async () => {
    const dataDir = await tempDir()
    const b = await open(dataDir)
    await scriptedDay(b, 20)
    const seen = await everything(b)
    expect((await filesHolding(dataDir, MARK)).length).toBeGreaterThan(3)
    await value(b.dispatch('notebook:protect', { passphrase: PASS }))
    expect(await filesHolding(dataDir, MARK)).toEqual([])
    await expectSame(b, seen)
    expect((await readdir(dataDir)).sort()).toEqual(['notebook'])
    await b.close()
  })
})
