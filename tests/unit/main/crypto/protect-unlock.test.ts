import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../../src/main/backend'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import type { NotebookStatus } from '../../../../src/shared/domain/app-info'
import type { Session } from '../../../../src/shared/planning/session'
import { revised, value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PASS = 'a river between two cities'
const open = (dataDir: string) => openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS })

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out.push(join(e.parentPath, e.name))
  return out
}

async function protectedNotebook() {
  const dataDir = await tempDir()
  const b = await open(dataDir)
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Atelier secret' }))
  await revised(
    b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text: 'Rania needs a lawyer', blockId: null })
  )
  const { recoveryKey } = await value<{ recoveryKey: string }>(
    b.dispatch('notebook:protect', { passphrase: PASS })
  )
  return { dataDir, b, s, recoveryKey }
}

describe('a protected notebook', () => {
  it('is sealed on disk, reads back, and locks on demand', async () => {
    const { dataDir, b, s, recoveryKey } = await protectedNotebook()
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)
    expect(await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).toMatchObject({
      protected: true,
      locked: false
    })
    await revised(
      b.dispatch('captures:add', {
        sessionId: s.id,
        type: 'idea',
        text: 'Rania after protect',
        blockId: null
      })
    )
    for (const file of await filesUnder(dataDir)) {
      expect((await readFile(file)).includes('Rania'), file).toBe(false)
    }
    expect(await value<NotebookStatus>(b.dispatch('notebook:lock', undefined))).toMatchObject({
      locked: true
    })
    expect(await b.dispatch('sessions:list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'crypto/locked' }
    })
    expect(await b.dispatch('notebook:unlock', { passphrase: 'not the one at all' })).toMatchObject({
      ok: false,
      error: { code: 'crypto/wrong-passphrase' }
    })
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    const back = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(back.captures.map((n) => n.text)).toEqual(['Rania needs a lawyer', 'Rania after protect'])
    await b.close()

    const again: Backend = await open(dataDir)
    expect(again.gate.locked).toBe(true)
    await value(
      again.dispatch('notebook:unlock', { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') })
    )
    expect((await value<Session>(again.dispatch('sessions:get', { id: s.id }))).captures).toHaveLength(2)
    await again.close()
  })

  it('sets a tampered session file aside as tampered', async () => {
    const { dataDir, b, s } = await protectedNotebook()
    await b.close()
    const file = join(dataDir, 'notebook', 'sessions', `${s.id}.json`)
    const bytes = await readFile(file)
    bytes[bytes.length - 20]! ^= 1
    await writeFile(file, bytes)
    const again = await open(dataDir)
    await value(again.dispatch('notebook:unlock', { passphrase: PASS }))
    expect(await again.dispatch('sessions:get', { id: s.id })).toMatchObject({ ok: false })
    const status = await value<NotebookStatus>(again.dispatch('notebook:status', undefined))
    expect(status.recovered).toMatchObject([{ file: `sessions/${s.id}.json`, reason: 'tampered' }])
    await again.close()
  })

  it.each(['sealed-file', 'key-written', 'old-moved'] as const)(
    'a conversion that fails at %s leaves the plain notebook as it was, and no staging folder',
    async (step) => {
      const dataDir = await tempDir()
      const b = await openBackend({
        dataDir,
        mode: 'browser',
        kdf: SCRYPT_FAST_FOR_TESTS,
        onConversionStep: (at) => {
          if (at === step) throw new Error(`disk trouble at ${at}`)
        }
      })
      const s = await value<Session>(b.dispatch('sessions:create', { title: 'Still plain' }))
      expect(await b.dispatch('notebook:protect', { passphrase: PASS })).toMatchObject({
        error: { code: 'internal/unexpected' }
      })
      expect(await value<NotebookStatus>(b.dispatch('notebook:status', undefined))).toMatchObject({
        protected: false,
        locked: false
      })
      expect(await value<Session>(b.dispatch('sessions:get', { id: s.id }))).toMatchObject({
        title: 'Still plain'
      })
      expect(await readdir(dataDir)).toEqual(['notebook'])
      await b.close()
    }
  )

  it(
    'exports a session sealed to a passphrase, which imports only with it',
    { timeout: 30_000 },
    async () => {
      const { b, s } = await protectedNotebook()
      const exported = await value<{ base64: string }>(
        b.dispatch('export:file', {
          sessionId: s.id,
          jobId: 'sealedExport01',
          format: 'json',
          language: 'en',
          pageSize: 'A4',
          passphrase: 'for the USB stick only'
        })
      )
      const content = Buffer.from(exported.base64, 'base64').toString('utf8')
      expect(content).not.toContain('Rania')
      expect(await b.dispatch('sessions:import', { content, asCopy: true })).toMatchObject({
        error: { code: 'crypto/passphrase-required' }
      })
      const copy = await value<Session>(
        b.dispatch('sessions:import', { content, asCopy: true, passphrase: 'for the USB stick only' })
      )
      expect(copy.captures.map((n) => n.text)).toEqual(['Rania needs a lawyer'])
      expect(
        await b.dispatch('export:file', {
          sessionId: s.id,
          jobId: 'sealedExport02',
          format: 'markdown',
          language: 'en',
          pageSize: 'A4',
          passphrase: 'for the USB stick only'
        })
      ).toMatchObject({ error: { code: 'validation/invalid-input' } })
      await b.close()
    }
  )
})
