import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../../src/main/backend'
import { SCRYPT_DEFAULT } from '../../../../src/main/crypto/kdf'
import { readKeyFile } from '../../../../src/main/crypto/key-file'
import type { Session } from '../../../../src/shared/planning/session'
import { revised, value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const VECTOR = join(import.meta.dirname, '../../../fixtures/crypto/v1')

interface Vector {
  passphrase: string
  recoveryKey: string
  exportPassphrase: string
  sessionId: string
  title: string
  notes: string[]
  ownItem: string
}

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

  // Run once to make the vector: PASSERELLE_WRITE_TEST_VECTOR=1 npx vitest run test-vector
  it.skipIf(!process.env.PASSERELLE_WRITE_TEST_VECTOR)('writes the vector', { timeout: 60_000 }, async () => {
    const v: Omit<Vector, 'recoveryKey' | 'sessionId'> = {
      passphrase: 'Grenoble, mars 2021 : la ville pour toutes et tous',
      exportPassphrase: 'a USB stick for Sousse',
      title: 'Atelier vecteur de test',
      notes: ['Une note scellée dans le fichier', 'Une note encore dans le journal', 'Et une autre, ñ « » €'],
      ownItem: 'Texte privé de la bibliothèque'
    }
    const dataDir = await tempDir()
    const b = await openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_DEFAULT })
    const { recoveryKey } = await value<{ recoveryKey: string }>(
      b.dispatch('notebook:protect', { passphrase: v.passphrase })
    )
    const s = await value<Session>(b.dispatch('sessions:create', { title: v.title }))
    await revised(
      b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text: v.notes[0], blockId: null })
    )
    await value(b.dispatch('sessions:update', { id: s.id, details: { place: 'Grenoble' } }))
    for (const text of v.notes.slice(1))
      await revised(b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text, blockId: null }))
    await value(
      b.dispatch('own-items:save', { title: 'Mine', body: v.ownItem, language: 'fr', purpose: null })
    )
    const exported = await value<{ base64: string }>(
      b.dispatch('export:file', {
        sessionId: s.id,
        jobId: 'vectorExport01',
        format: 'json',
        language: 'fr',
        pageSize: 'A4',
        passphrase: v.exportPassphrase
      })
    )
    await rm(VECTOR, { recursive: true, force: true })
    await mkdir(VECTOR, { recursive: true })
    // Copied while open: the last notes are still only in the sealed journal.
    await cp(join(dataDir, 'notebook'), join(VECTOR, 'notebook'), {
      recursive: true,
      filter: (src) => !src.endsWith('.lock')
    })
    await writeFile(join(VECTOR, 'session-export.json'), Buffer.from(exported.base64, 'base64'))
    await writeFile(
      join(VECTOR, 'vector.json'),
      `${JSON.stringify({ ...v, recoveryKey, sessionId: s.id }, null, 2)}\n`
    )
    await b.close()
  })
})
