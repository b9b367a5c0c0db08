import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import { createTransferService } from '../../../src/main/services/transfer-service'
import { sessionFileName } from '../../../src/shared/file-names'
import { Notebook } from '../../../src/main/storage/notebook'
import { hashTree, richSession } from '../../support/rich-session'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/notebook', name), 'utf8')

async function open(dir?: string) {
  const notebook = await Notebook.open({ dir: dir ?? (await tempDir()), owner: 'tool' })
  return { notebook, transfer: createTransferService(notebook) }
}

describe('session export and import (real notebooks)', () => {
  it('exports the open format and imports it into another notebook unchanged', async () => {
    const a = await open()
    const original = await richSession(a.notebook)
    const exported = await a.transfer.exportSession(original.id)
    expect(exported.fileName).toBe('Atelier-Grenoble.passerelle-session.json')
    expect(exported.content).toContain('\n  "schemaVersion": 6,')
    expect(JSON.parse(exported.content)).toEqual(original)

    const b = await open()
    expect(await b.transfer.preview(exported.content)).toEqual({
      id: original.id,
      title: 'Atelier Grenoble',
      date: null,
      schemaVersion: 6,
      counts: { blocks: 1, personas: 1, notes: 3, journeys: 1, clusters: 1, actions: 1 },
      exists: false
    })
    expect(await b.transfer.import(Buffer.from(exported.content), { asCopy: false })).toEqual(original)
    await b.notebook.close()
    const reopened = await open(b.notebook.dir)
    expect(await reopened.notebook.sessions.get(original.id)).toEqual(original)
    expect(reopened.notebook.sessions.list().map((s) => s.id)).toEqual([original.id])
    await reopened.notebook.close()
    await a.notebook.close()
  })

  it('never overwrites: a taken id is refused, and imported as a copy under a new id', async () => {
    const { notebook, transfer } = await open()
    const original = await richSession(notebook)
    const { content } = await transfer.exportSession(original.id)
    expect(await transfer.preview(content)).toMatchObject({ exists: true })
    const before = await hashTree(notebook.dir)
    expect(await codeOf(transfer.import(content, { asCopy: false }))).toBe('import/exists')
    expect(await hashTree(notebook.dir)).toEqual(before)

    const copy = await transfer.import(content, { asCopy: true, titleSuffix: ' (copy)' })
    expect(copy.id).not.toBe(original.id)
    expect(copy.title).toBe('Atelier Grenoble (copy)')
    // Note ids are kept, so the copy's clusters, votes and actions still point at its own notes.
    expect(copy.captures).toEqual(original.captures)
    expect(copy.synthesis).toEqual(original.synthesis)
    expect(notebook.sessions.list()).toHaveLength(2)
    expect((await notebook.sessions.get(original.id)).title).toBe('Atelier Grenoble')
    await notebook.close()
  })

  it('treats a session waiting in the trash as taken (undo delete would replace the import)', async () => {
    const { notebook, transfer } = await open()
    const original = await richSession(notebook)
    const { content } = await transfer.exportSession(original.id)
    await notebook.sessions.delete(original.id)
    expect(await transfer.preview(content)).toMatchObject({ exists: true })
    expect(await codeOf(transfer.import(content, { asCopy: false }))).toBe('import/exists')
    await notebook.close()
  })

  it('migrates older session files on import', async () => {
    const { notebook, transfer } = await open()
    const v1 = await fixture('session-v1.json')
    expect(await transfer.preview(v1)).toMatchObject({ id: 'V1sessionAbc123', schemaVersion: 1 })
    const imported = await transfer.import(v1, { asCopy: false })
    expect(imported).toMatchObject({
      schemaVersion: 6,
      revision: 0,
      title: 'Atelier de Sousse',
      captures: [],
      journeys: []
    })
    await notebook.close()
    const onDisk = JSON.parse(await readFile(join(notebook.dir, 'sessions', 'V1sessionAbc123.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(6)
  })

  it('refuses to import into a read-only notebook', async () => {
    const dir = await tempDir()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dir, 'notebook.json'), await fixture('notebook-v99.json'))
    const { notebook, transfer } = await open(dir)
    expect(await codeOf(transfer.import(await fixture('session-v1.json'), { asCopy: true }))).toBe(
      'storage/read-only'
    )
    await notebook.close()
  })

  it('suggests a file name that is safe on every OS', () => {
    expect(sessionFileName('Atelier: Sousse / Grenoble?')).toBe(
      'Atelier-Sousse-Grenoble.passerelle-session.json'
    )
    expect(sessionFileName('Ciudadanía local')).toBe('Ciudadanía-local.passerelle-session.json')
    expect(sessionFileName('***')).toBe('session.passerelle-session.json')
  })

  it('refuses a session file over the limit as import/too-large, whatever its size, through the API', async () => {
    const backend = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    // Just over 10 MB, and far over it: neither may be mistaken for a form with a bad field.
    for (const size of [10_000_001, 30_000_000]) {
      const content = `{"title":"${'x'.repeat(size)}"}`
      for (const result of [
        await backend.dispatch('sessions:import-preview', { content }),
        await backend.dispatch('sessions:import', { content, asCopy: false })
      ])
        expect(result, `${size}`).toMatchObject({ ok: false, error: { code: 'import/too-large' } })
    }
    await backend.close()
  })
})
