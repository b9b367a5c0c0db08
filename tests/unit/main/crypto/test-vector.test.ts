import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../../src/main/backend'
import { readKeyFile } from '../../../../src/main/crypto/key-file'
import type { Session } from '../../../../src/shared/planning/session'
import { value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'
import { VECTOR, type Vector } from '../../../support/crypto-vector'

const tempDir = useTempDirs()

const readVector = async () => JSON.parse(await readFile(join(VECTOR, 'vector.json'), 'utf8')) as Vector

/**
 * Format version 1, frozen: a protected notebook made by the first version that could protect
 * one (real scrypt parameters, notes still in the sealed journal, a sealed session export).
 * Every later version must open it with the passphrase and with the recovery key.
 */
describe('format v1 test vector (tests/fixtures/crypto/v1)', () => {
  it(
    'opens with its passphrase, replays its sealed journal and reads its Library',
    { timeout: 30_000 },
    async () => {
      const v = await readVector()
      const dataDir = await tempDir()
      await cp(join(VECTOR, 'notebook'), join(dataDir, 'notebook'), { recursive: true })
      const kf = await readKeyFile(join(dataDir, 'notebook'))
      expect(kf?.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
      const b = await openBackend({ dataDir, mode: 'browser' })
      expect(b.gate.locked).toBe(true)
      await value(b.dispatch('notebook:unlock', { passphrase: v.passphrase }))
      const s = await value<Session>(b.dispatch('sessions:get', { id: v.sessionId }))
      expect({ title: s.title, notes: s.captures.map((n) => n.text) }).toEqual({
        title: v.title,
        notes: v.notes
      })
      const library = await value<{ ownItems: { body: string }[] }>(b.dispatch('library:get', undefined))
      expect(library.ownItems.map((i) => i.body)).toEqual([v.ownItem])
      await value(b.dispatch('notebook:lock', undefined))
      await value(b.dispatch('notebook:unlock', { recoveryKey: v.recoveryKey }))
      const sealedExport = await readFile(join(VECTOR, 'session-export.json'), 'utf8')
      expect(await b.dispatch('sessions:import-preview', { content: sealedExport })).toMatchObject({
        error: { code: 'crypto/passphrase-required' }
      })
      expect(
        await b.dispatch('sessions:import-preview', { content: sealedExport, passphrase: 'not this one' })
      ).toMatchObject({ error: { code: 'crypto/wrong-passphrase' } })
      expect(
        await value(
          b.dispatch('sessions:import-preview', { content: sealedExport, passphrase: v.exportPassphrase })
        )
      ).toMatchObject({ id: v.sessionId, title: v.title, exists: true })
      await b.close()
    }
  )
})
