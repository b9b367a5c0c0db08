import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { loadDocument, migrate, type DocumentSpec } from '../../../src/main/storage/json-document'
import { Notebook, NOTEBOOK_FILE } from '../../../src/main/storage/notebook'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'
import { newSessionDetails } from '../../../src/shared/planning/session'

const tempDir = useTempDirs()
const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/notebook', name))
const fixedNow = () => new Date('2026-11-27T08:13:26.123Z')

describe('notebook storage (real files)', () => {
  it('creates an owner-only notebook with defaults and round-trips settings across reopen', async () => {
    const dir = await tempDir()
    const first = await Notebook.open({ dir, owner: 'tool' })
    expect(first.settings.get()).toMatchObject({ language: null, welcomeDismissed: false })
    await first.settings.update({ language: 'fr' })
    await first.close()

    const onDisk = JSON.parse(await readFile(join(dir, NOTEBOOK_FILE), 'utf8'))
    expect(onDisk).toEqual({
      schemaVersion: 3,
      revision: 1,
      settings: { language: 'fr', welcomeDismissed: false },
      sessions: []
    })
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, NOTEBOOK_FILE))).mode & 0o777).toBe(0o600)
      expect((await stat(dir)).mode & 0o777).toBe(0o700)
    }
    const second = await Notebook.open({ dir, owner: 'tool' })
    expect(second.settings.get()).toMatchObject({ language: 'fr' })
    expect(second.status()).toEqual({ readOnly: false, recovered: [] })
    await second.close()
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('opens the v1 fixture as written', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, NOTEBOOK_FILE), await fixture('notebook-v1.json'))
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    expect(notebook.settings.get().language).toBe('es')
    await notebook.close()
  })

  for (const [label, bytes] of [
    ['truncated JSON', Buffer.from('{"schemaVersion":1,"settings":{"langu')],
    ['an empty file', Buffer.alloc(0)],
    ['all NUL bytes', Buffer.alloc(64)],
    [
      'valid JSON that fails the schema',
      Buffer.from('{"schemaVersion":1,"settings":{"language":"klingon"},"sessions":[]}')
    ],
    ['JSON without schemaVersion', Buffer.from('{"settings":{}}')]
  ] as const) {
    it(`sets ${label} aside byte-for-byte, reports it and starts with defaults`, async () => {
      const dir = await tempDir()
      await writeFile(join(dir, NOTEBOOK_FILE), bytes)
      const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
      const status = notebook.status()
      expect(status.recovered).toHaveLength(1)
      expect(status.recovered[0]).toMatchObject({
        file: NOTEBOOK_FILE,
        movedTo: 'notebook.json.corrupt-20261127T081326Z'
      })
      expect(await readFile(join(dir, 'notebook.json.corrupt-20261127T081326Z'))).toEqual(bytes)
      expect(notebook.settings.get()).toMatchObject({ language: null, welcomeDismissed: false })
      await notebook.close()
    })
  }

  it('rebuilds the session list from the session files when notebook.json was unreadable', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const created = await notebook.sessions.create(newSessionDetails('Atelier Grenoble'))
    await notebook.close()
    await writeFile(join(dir, NOTEBOOK_FILE), '{ broken')
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect(reopened.sessions.list().map((s) => s.id)).toEqual([created.id])
    expect((await reopened.sessions.get(created.id)).title).toBe('Atelier Grenoble')
    await reopened.close()
  })

  it('opens a notebook from a newer version read-only and never rewrites it', async () => {
    const dir = await tempDir()
    const original = await fixture('notebook-v99.json')
    await writeFile(join(dir, NOTEBOOK_FILE), original)
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    expect(notebook.status()).toMatchObject({
      readOnly: true,
      newerVersion: { file: NOTEBOOK_FILE, version: 99 }
    })
    expect(await codeOf(notebook.settings.update({ language: 'es' }))).toBe('storage/read-only')
    await notebook.close()
    expect(await readFile(join(dir, NOTEBOOK_FILE))).toEqual(original)
  })

  it('treats a read error as an error, never as an empty notebook', async () => {
    const dir = await tempDir()
    // A folder where the file should be: readFile fails with EISDIR even when running as root.
    await mkdir(join(dir, NOTEBOOK_FILE))
    expect(await codeOf(Notebook.open({ dir, owner: 'tool' }))).toBe('storage/read-failed')
    expect((await stat(join(dir, NOTEBOOK_FILE))).isDirectory()).toBe(true)
    expect(await readdir(dir)).not.toContain('.lock')
  })

  it('lets only one process hold a notebook folder, and takes over a lock left by a dead process', async () => {
    const dir = await tempDir()
    const first = await Notebook.open({ dir, owner: 'server' })
    expect(await codeOf(Notebook.open({ dir, owner: 'desktop' }))).toBe('storage/locked')
    await first.close()
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'server', since: 'earlier' })
    )
    const second = await Notebook.open({ dir, owner: 'desktop' })
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8')).pid).toBe(process.pid)
    await second.close()
    expect(await readdir(dir)).not.toContain('.lock')
  })

  it('reports storage/write-failed, keeps the change in memory and writes it once the disk accepts again', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const file = join(dir, NOTEBOOK_FILE)
    // A non-empty folder where the file is: the rename step fails, as a full or broken disk would.
    await rm(file)
    await mkdir(join(file, 'blocker'), { recursive: true })
    expect(await codeOf(notebook.settings.update({ language: 'fr' }))).toBe('storage/write-failed')
    expect(notebook.settings.get().language).toBe('fr')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    await rm(file, { recursive: true })
    await notebook.settings.update({})
    expect(JSON.parse(await readFile(file, 'utf8')).settings.language).toBe('fr')
    await notebook.close()
  })
})

describe('schema migrations', () => {
  const spec: DocumentSpec<{ schemaVersion: 3; name: string; tags: string[] }> = {
    name: 'demo',
    version: 3,
    schema: z.strictObject({ schemaVersion: z.literal(3), name: z.string(), tags: z.array(z.string()) }),
    migrations: {
      1: ({ title, ...rest }) => ({ ...rest, name: title }),
      2: (doc) => ({ ...doc, tags: [] })
    }
  }

  it('runs each step in order and stamps the new version', () => {
    expect(migrate({ schemaVersion: 1, title: 'x' }, spec)).toEqual({ schemaVersion: 3, name: 'x', tags: [] })
  })

  it('loads an old file through the migrations and says where it came from', async () => {
    const dir = await tempDir()
    const file = join(dir, 'demo.json')
    await writeFile(file, JSON.stringify({ schemaVersion: 1, title: 'Sousse' }))
    expect(await loadDocument(file, spec, fixedNow)).toEqual({
      kind: 'loaded',
      migratedFrom: 1,
      data: { schemaVersion: 3, name: 'Sousse', tags: [] }
    })
  })

  it('sets aside a file whose version has no migration path', async () => {
    const dir = await tempDir()
    const file = join(dir, 'demo.json')
    await writeFile(file, JSON.stringify({ schemaVersion: 1, title: 'x' }))
    const result = await loadDocument(file, { ...spec, migrations: { 2: spec.migrations[2]! } }, fixedNow)
    expect(result).toMatchObject({ kind: 'corrupt', reason: 'invalid' })
  })
})
