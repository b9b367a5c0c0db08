import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type BackendOptions } from '../../../../src/main/backend'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import { ALLOWED_WHILE_LOCKED } from '../../../../src/main/crypto/lock-guard'
import { unlockDelayMs } from '../../../../src/main/crypto/notebook-gate'
import { ATTEMPTS_FILE } from '../../../../src/main/crypto/unlock-attempts'
import { JOURNAL_SUFFIX } from '../../../../src/main/storage/sessions-repo'
import type { NotebookStatus } from '../../../../src/shared/domain/app-info'
import { CHANNELS } from '../../../../src/shared/ipc/channels'
import type { Session } from '../../../../src/shared/planning/session'
import { hashTree } from '../../../support/rich-session'
import { revised, value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PASS = 'a long walk along the Isère'
const open = (dataDir: string, more: Partial<BackendOptions> = {}) =>
  openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS, ...more })

async function lockedNotebook(more: Partial<BackendOptions> = {}) {
  const dataDir = await tempDir()
  const first = await open(dataDir)
  await value(first.dispatch('settings:set', { language: 'fr' }))
  const s = await value<Session>(first.dispatch('sessions:create', { title: 'Atelier' }))
  const { recoveryKey } = await value<{ recoveryKey: string }>(
    first.dispatch('notebook:protect', { passphrase: PASS })
  )
  await first.close()
  return { dataDir, s, recoveryKey, b: await open(dataDir, more) }
}

describe('while locked (real files)', () => {
  it('answers only the allow-listed channels; every other one fails with crypto/locked and writes nothing', async () => {
    const { dataDir, b } = await lockedNotebook()
    expect([...ALLOWED_WHILE_LOCKED].sort()).toEqual(
      [
        'app:info',
        'app:open-external',
        'catalog:get',
        'notebook:lock',
        'notebook:status',
        'notebook:unlock',
        'settings:get'
      ].sort()
    )
    const before = await hashTree(dataDir)
    const refused = CHANNELS.filter((c) => !ALLOWED_WHILE_LOCKED.includes(c))
    for (const channel of refused)
      expect(await b.dispatch(channel, undefined), channel).toMatchObject({
        error: { code: 'crypto/locked' }
      })
    expect(await hashTree(dataDir)).toEqual(before)
    expect(await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).toEqual({
      readOnly: false,
      recovered: [],
      protected: true,
      locked: true,
      idleLockMinutes: 15,
      unlockDelayMs: 0
    })
    // The unlock screen speaks the user's language, kept outside the sealed settings.
    expect(await value(b.dispatch('settings:get', undefined))).toMatchObject({ language: 'fr' })
    expect(() => b.notebook).toThrow(/locked/)
    await b.close()
  })

  it('holds back answers after repeated wrong passphrases, and changes nothing', async () => {
    let now = 1_000_000
    const waited: number[] = []
    const { dataDir, b } = await lockedNotebook({
      unlockTiming: {
        clock: () => now,
        sleep: async (ms) => {
          waited.push(ms)
          now += ms
        }
      }
    })
    const before = await hashTree(dataDir)
    for (let i = 0; i < 6; i++)
      expect(await b.dispatch('notebook:unlock', { passphrase: `wrong guess ${i}` })).toMatchObject({
        error: { code: 'crypto/wrong-passphrase' }
      })
    expect(waited).toEqual([1000, 2000, 4000])
    expect((await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).unlockDelayMs).toBe(8000)
    // Nothing of the notebook changed; only the count of wrong attempts was added beside it.
    const after = await hashTree(dataDir)
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual([join('/notebook', ATTEMPTS_FILE)])
    delete after[join('/notebook', ATTEMPTS_FILE)]
    expect(after).toEqual(before)
    // The right one still waits out the delay, then opens and resets the count.
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    expect(waited).toEqual([1000, 2000, 4000, 8000])
    expect((await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).unlockDelayMs).toBe(0)
    expect([0, 1, 2, 3, 4, 10].map(unlockDelayMs)).toEqual([0, 0, 0, 1000, 2000, 60_000])
    await b.close()
  })

  it('changes the passphrase by rewrapping the key only; the recovery key keeps working', async () => {
    const { dataDir, b, s, recoveryKey } = await lockedNotebook()
    await value(b.dispatch('notebook:unlock', { recoveryKey }))
    const sessionBytes = await readFile(join(dataDir, 'notebook', 'sessions', `${s.id}.json`))
    expect(
      await b.dispatch('notebook:change-passphrase', {
        passphrase: 'wrong one',
        newPassphrase: 'x'.repeat(12)
      })
    ).toMatchObject({ error: { code: 'crypto/wrong-passphrase' } })
    expect(
      await b.dispatch('notebook:change-passphrase', { passphrase: PASS, newPassphrase: 'short' })
    ).toMatchObject({ error: { code: 'validation/invalid-input' } })
    await value(
      b.dispatch('notebook:change-passphrase', { passphrase: PASS, newPassphrase: 'a new bridge to cross' })
    )
    expect(await readFile(join(dataDir, 'notebook', 'sessions', `${s.id}.json`))).toEqual(sessionBytes)
    await value(b.dispatch('notebook:lock', undefined))
    expect(await b.dispatch('notebook:unlock', { passphrase: PASS })).toMatchObject({
      error: { code: 'crypto/wrong-passphrase' }
    })
    await value(b.dispatch('notebook:unlock', { passphrase: 'a new bridge to cross' }))
    await value(b.dispatch('notebook:lock', undefined))
    await value(b.dispatch('notebook:unlock', { recoveryKey }))
    expect(await value<Session>(b.dispatch('sessions:get', { id: s.id }))).toMatchObject({ title: 'Atelier' })
    await value(b.dispatch('notebook:set-idle-lock', { minutes: 5 }))
    await b.close()
    const again = await open(dataDir)
    expect(await value<NotebookStatus>(again.dispatch('notebook:status', undefined))).toMatchObject({
      idleLockMinutes: 5
    })
    await again.close()
  })

  it('recovers from a truncated sealed journal line and skips one whose bytes were changed', async () => {
    const { dataDir, b, s } = await lockedNotebook()
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    const file = join(dataDir, 'notebook', 'sessions', `${s.id}.json`)
    const journal = join(dataDir, 'notebook', 'sessions', `${s.id}${JOURNAL_SUFFIX}`)
    for (const text of ['one', 'two', 'three'])
      await revised(b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text, blockId: null }))
    // The state a SIGKILL would leave: the session file without the notes, the journal with them.
    const crashFile = await readFile(file)
    const lines = (await readFile(journal, 'utf8')).split('\n').filter(Boolean)
    expect(lines).toHaveLength(3)
    expect(lines.join('')).not.toContain('three')
    await b.close()

    const flipped = Buffer.from(lines[1]!, 'base64')
    flipped[30]! ^= 1
    await writeFile(file, crashFile)
    await writeFile(journal, `${lines[0]}\n${flipped.toString('base64')}\n`)
    await appendFile(journal, lines[2]!.slice(0, 40))
    const again = await open(dataDir)
    await value(again.dispatch('notebook:unlock', { passphrase: PASS }))
    const back = await value<Session>(again.dispatch('sessions:get', { id: s.id }))
    expect(back.captures.map((n) => n.text)).toEqual(['one'])
    await again.close()
  })
})
