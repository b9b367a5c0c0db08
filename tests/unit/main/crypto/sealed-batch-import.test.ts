import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../../src/main/backend'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import { sealSessionExport } from '../../../../src/main/crypto/sealed-export'
import { createTransferService } from '../../../../src/main/services/transfer-service'
import type { LabelledImport } from '../../../../src/shared/domain/notebook-ops'
import type { Session } from '../../../../src/shared/planning/session'
import { hashTree } from '../../../support/rich-session'
import { value } from '../../../support/result-value'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const FILE_PASS = 'clé USB pour Sousse'

describe('the Insights batch import of sealed session files (real files)', () => {
  it('asks for the passphrase, refuses a wrong one without writing, imports with the right one and its origin', async () => {
    const dataDir = await tempDir()
    const b = await openBackend({ dataDir, mode: 'browser', kdf: SCRYPT_FAST_FOR_TESTS })
    const s = await value<Session>(b.dispatch('sessions:create', { title: 'Sousse peer learning' }))
    const plain = await createTransferService(b.notebook).exportSession(s.id)
    // Sealed as `export:file` seals it, with cheap scrypt parameters (the file names its own).
    const content = await sealSessionExport(plain.content, FILE_PASS, SCRYPT_FAST_FOR_TESTS)
    await value(b.dispatch('sessions:erase', { id: s.id }))
    const labelled = (more: Record<string, unknown>) =>
      b.dispatch('sessions:import-labelled', { content, origin: 'Sousse — Amal', ...more })

    const before = await hashTree(dataDir)
    expect(await labelled({})).toMatchObject({ error: { code: 'crypto/passphrase-required' } })
    expect(await labelled({ passphrase: 'une autre clé' })).toMatchObject({
      error: { code: 'crypto/wrong-passphrase' }
    })
    expect(await hashTree(dataDir)).toEqual(before)

    const done = await value<LabelledImport>(labelled({ passphrase: FILE_PASS }))
    expect(done).toMatchObject({ status: 'imported', title: 'Sousse peer learning' })
    expect(await value<Session>(b.dispatch('sessions:get', { id: done.id }))).toMatchObject({
      title: 'Sousse peer learning'
    })
    // A plain file in the same batch gets the passphrase too: it is simply not needed.
    expect(
      await value<LabelledImport>(
        b.dispatch('sessions:import-labelled', {
          content: plain.content,
          passphrase: FILE_PASS,
          origin: null
        })
      )
    ).toMatchObject({ status: 'skipped' })
    await b.close()
  })
})
