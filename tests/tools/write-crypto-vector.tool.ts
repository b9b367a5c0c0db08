import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { openBackend } from '../../src/main/backend'
import { SCRYPT_DEFAULT } from '../../src/main/crypto/kdf'
import type { Session } from '../../src/shared/planning/session'
import { VECTOR, type Vector } from '../support/crypto-vector'
import { revised, value } from '../support/result-value'
import { useTempDirs } from '../support/temp-dir'

/**
 * Makes the frozen encryption test vector (tests/fixtures/crypto/v1) that
 * tests/unit/main/crypto/test-vector.test.ts reads. Not a test: run it only when a new format
 * version is written, with `npm run crypto:vector` (its own vitest config, outside the suite).
 */
const tempDir = useTempDirs()

describe('encryption test vector', () => {
  it('writes the vector', { timeout: 60_000 }, async () => {
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
