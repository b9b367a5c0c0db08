import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function backend(dataDir?: string): Promise<{ b: Backend; dataDir: string }> {
  const dir = dataDir ?? (await tempDir())
  return { b: await openBackend({ dataDir: dir, mode: 'browser' }), dataDir: dir }
}

interface S {
  id: string
  title: string
  blocks: Array<{ id: string; durationMinutes: number; title: string }>
  consent: { chathamHouse: boolean }
  personas: unknown[]
}

const block = (id: string, durationMinutes: number) => ({
  id,
  title: `Block ${id}`,
  kind: 'activity',
  methodId: null,
  durationMinutes,
  notes: '',
  materials: '',
  links: ['uclg-plm-28:case-barcelona'],
  protected: false,
  day: 1
})

describe('sessions (real notebook in a temp folder)', () => {
  it('creates a session in its own file, lists it, and keeps edits across a restart', async () => {
    const { b, dataDir } = await backend()
    const created = await value<S>(
      b.dispatch('sessions:create', {
        title: 'Atelier Grenoble',
        date: '2026-12-03',
        place: 'Maison des habitants'
      })
    )
    expect(created.consent.chathamHouse).toBe(true)
    await value(
      b.dispatch('sessions:update', {
        id: created.id,
        details: {
          objectives: 'Map doors and walls',
          consent: {
            chathamHouse: false,
            attributableQuotes: true,
            photos: false,
            note: 'Ask before quoting'
          }
        }
      })
    )
    await value(
      b.dispatch('sessions:set-agenda', {
        id: created.id,
        blocks: [block('blk001', 20), block('blk002', 45)]
      })
    )
    await b.close()
    const file = JSON.parse(
      await readFile(join(dataDir, 'notebook', 'sessions', `${created.id}.json`), 'utf8')
    )
    expect(file).toMatchObject({
      schemaVersion: 6,
      title: 'Atelier Grenoble',
      objectives: 'Map doors and walls',
      consent: { attributableQuotes: true }
    })
    expect(file.blocks).toHaveLength(2)

    const again = (await backend(dataDir)).b
    expect(await value(again.dispatch('sessions:list', undefined))).toEqual([
      expect.objectContaining({ id: created.id, title: 'Atelier Grenoble', date: '2026-12-03' })
    ])
    await again.close()
  })

  it('refuses bad input with field paths and saves nothing half-done', async () => {
    const { b, dataDir } = await backend()
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Plan' }))
    const file = join(dataDir, 'notebook', 'sessions', `${s.id}.json`)
    const before = await readFile(file)
    for (const blocks of [
      [block('blk001', 0)],
      [block('blk001', 481)],
      Array.from({ length: 301 }, (_, i) => block(`blk${String(i).padStart(4, '0')}`, 5))
    ]) {
      const result = await b.dispatch('sessions:set-agenda', { id: s.id, blocks })
      expect(result).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
    }
    const empty = await b.dispatch('sessions:update', { id: s.id, details: { title: '   ' } })
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'validation/invalid-input', issues: [{ path: 'details.title' }] }
    })
    expect(await b.dispatch('sessions:create', { title: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation/invalid-input' }
    })
    expect(await readFile(file)).toEqual(before)
    await b.close()
  })

  it('duplicates with new ids, deletes to a trash that undo restores, and purges the trash on reopen', async () => {
    const { b, dataDir } = await backend()
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Original' }))
    await value(b.dispatch('sessions:set-agenda', { id: s.id, blocks: [block('blk001', 30)] }))
    const copy = await value<S>(b.dispatch('sessions:duplicate', { id: s.id, title: 'Copy' }))
    expect(copy.id).not.toBe(s.id)
    expect(copy.blocks[0]!.id).not.toBe('blk001')
    expect(copy.blocks[0]!.durationMinutes).toBe(30)

    await value(b.dispatch('sessions:delete', { id: s.id }))
    expect((await value<S[]>(b.dispatch('sessions:list', undefined))).map((x) => x.title)).toEqual(['Copy'])
    expect(await b.dispatch('sessions:get', { id: s.id })).toMatchObject({
      ok: false,
      error: { code: 'session/not-found' }
    })
    const restored = await value<S>(b.dispatch('sessions:restore', { id: s.id }))
    expect(restored.blocks).toHaveLength(1)

    await value(b.dispatch('sessions:delete', { id: copy.id }))
    await b.close()
    const reopened = (await backend(dataDir)).b
    expect(await readdir(join(dataDir, 'notebook'))).not.toContain('trash')
    expect(await reopened.dispatch('sessions:restore', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'session/not-found' }
    })
    await reopened.close()
  })

  it('migrates a v1 session file through every version to the current one on open, keeping its title', async () => {
    const dataDir = await tempDir()
    await mkdir(join(dataDir, 'notebook', 'sessions'), { recursive: true })
    await writeFile(
      join(dataDir, 'notebook', 'sessions', 'V1sessionAbc123.json'),
      await readFile(join(import.meta.dirname, '../../fixtures/notebook/session-v1.json'))
    )
    const { b } = await backend(dataDir)
    const s = await value<S & { schemaVersion: number; startTime: string }>(
      b.dispatch('sessions:get', { id: 'V1sessionAbc123' })
    )
    expect(s).toMatchObject({
      schemaVersion: 6,
      revision: 0,
      title: 'Atelier de Sousse',
      startTime: '09:00',
      blocks: [],
      personas: [],
      captures: [],
      journeys: [],
      live: { startedAt: null, blocks: {} },
      synthesis: { clusters: [], noteVotes: {}, actions: [] }
    })
    await b.close()
    expect(
      JSON.parse(await readFile(join(dataDir, 'notebook', 'sessions', 'V1sessionAbc123.json'), 'utf8'))
        .schemaVersion
    ).toBe(6)
  })

  it('refuses an unknown template with its own code', async () => {
    const { b } = await backend()
    expect(await b.dispatch('sessions:create', { title: 'X', templateId: 'no-such-template' })).toMatchObject(
      { ok: false, error: { code: 'catalog/unknown-template' } }
    )
    await b.close()
  })
})

describe('own templates', () => {
  it('saves a session as a template and starts a new session from it with fresh block ids', async () => {
    const { b } = await backend()
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Model session', startTime: '14:00' }))
    await value(
      b.dispatch('sessions:set-agenda', { id: s.id, blocks: [block('blk001', 25), block('blk002', 35)] })
    )
    const tpl = await revised<{ id: string; title: string }>(
      b.dispatch('templates:save', { id: s.id, title: 'My storytelling afternoon' })
    )
    expect(await value(b.dispatch('templates:list', undefined))).toEqual([
      expect.objectContaining({ title: 'My storytelling afternoon', startTime: '14:00' })
    ])
    const next = await value<S & { startTime: string }>(
      b.dispatch('sessions:create', { title: 'Next one', templateId: `yours:${tpl.id}` })
    )
    expect(next.startTime).toBe('14:00')
    expect(next.blocks.map((x) => x.durationMinutes)).toEqual([25, 35])
    expect(next.blocks.map((x) => x.id)).not.toContain('blk001')
    await b.close()
  })

  it('migrates library.json v1 (no templates) to the current version, keeping annotations', async () => {
    const dataDir = await tempDir()
    await mkdir(join(dataDir, 'notebook'), { recursive: true })
    await writeFile(
      join(dataDir, 'notebook', 'library.json'),
      await readFile(join(import.meta.dirname, '../../fixtures/notebook/library-v1.json'))
    )
    const { b } = await backend(dataDir)
    expect(await value(b.dispatch('templates:list', undefined))).toEqual([])
    expect(
      await value<{ annotations: Array<{ text: string }> }>(b.dispatch('library:get', undefined))
    ).toMatchObject({ annotations: [{ text: 'Ask about the CCREG' }] })
    await b.close()
    expect(JSON.parse(await readFile(join(dataDir, 'notebook', 'library.json'), 'utf8'))).toMatchObject({
      schemaVersion: 3,
      revision: 0,
      templates: []
    })
  })
})
