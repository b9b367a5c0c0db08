import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import { notebookDir } from '../../../src/main/storage/paths'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/packs', name), 'utf8')
const bundled = () =>
  readFile(join(import.meta.dirname, '../../../resources/content/uclg-plm-28.json'), 'utf8')

async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name !== '.lock')
      out.push(
        `${join(e.parentPath, e.name)}:${(await readFile(join(e.parentPath, e.name))).toString('base64')}`
      )
  }
  return out.sort()
}

/** Hostile or broken files: every one refused with its own code, the data folder untouched. */
async function hostileCases(): Promise<Array<[string, string, string]>> {
  const valid = JSON.parse(await fixture('valid-mini.json'))
  const mutate = (f: (p: typeof valid) => void) => {
    const copy = structuredClone(valid)
    f(copy)
    return JSON.stringify(copy)
  }
  return [
    ['prototype key', await fixture('hostile-proto.json'), 'import/hostile-key'],
    [
      'escaped prototype key',
      (await fixture('valid-mini.json')).replace('"tags"', '"\\u005f_proto__": {"polluted": 1}, "tags"'),
      'import/hostile-key'
    ],
    [
      'constructor key deep inside',
      mutate((p) => (p.items[0].blocks[0].text.constructor = { prototype: {} })),
      'import/hostile-key'
    ],
    ['missing language', await fixture('missing-language.json'), 'import/missing-language'],
    ['not JSON', '{ this is not json', 'import/not-json'],
    // Bytes that were not UTF-8, as a lenient decoder and a JSON writer pass them on.
    ['a lone surrogate', (await fixture('valid-mini.json')).replace('tiny', 'tiny\udce9'), 'import/not-utf8'],
    ['empty file', '', 'import/not-json'],
    ['depth 1000', `${'['.repeat(1000)}${']'.repeat(1000)}`, 'import/too-deep'],
    ['25 MB file', `"${'x'.repeat(25_000_000)}"`, 'import/too-large'],
    [
      'a session file, not a pack',
      JSON.stringify({
        schemaVersion: 1,
        id: 'abcdefgh12',
        title: 'x',
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z'
      }),
      'import/not-a-pack'
    ],
    ['an array', '[1,2,3]', 'import/not-a-pack'],
    ['extra field', mutate((p) => (p.surprise = true)), 'import/invalid'],
    ['wrong type', mutate((p) => (p.items[0].order = 'first')), 'import/invalid'],
    ['dangling reference', mutate((p) => (p.items[0].related = ['nowhere'])), 'import/invalid'],
    ['1 MB string', mutate((p) => (p.items[0].summary.en = 'x'.repeat(1_000_000))), 'import/invalid'],
    ['javascript: source url', mutate((p) => (p.sources[0].url = 'javascript:alert(1)')), 'import/invalid'],
    ['the bundled pack again', await bundled(), 'import/already-installed']
  ]
}

describe('content pack import (real notebook in a temp folder)', () => {
  it('previews then imports a valid pack, all-or-nothing, and keeps it across restarts', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend({ dataDir, mode: 'browser' })
    const content = await fixture('valid-mini.json')
    const preview = await backend.dispatch('content:preview', { content })
    expect(preview).toMatchObject({
      ok: true,
      value: { id: 'demo-mini', counts: { topic: 1 }, alreadyInstalled: false }
    })
    expect(await backend.dispatch('content:import', { content })).toMatchObject({ ok: true })
    expect(await backend.dispatch('content:import', { content })).toMatchObject({
      ok: false,
      error: { code: 'import/already-installed' }
    })
    await backend.close()
    const again = await openBackend({ dataDir, mode: 'browser' })
    const packs = await again.dispatch('content:packs', undefined)
    expect(
      packs.ok &&
        (packs.value as Array<{ pack: { id: string }; origin: string }>).map(
          (p) => `${p.pack.id}/${p.origin}`
        )
    ).toEqual(['uclg-plm-28/bundled', 'demo-mini/imported'])
    await again.close()
  })

  it('keeps a pack whose id is a Windows device name under a file name Windows can write', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend({ dataDir, mode: 'browser' })
    const valid = JSON.parse(await fixture('valid-mini.json')) as { id: string }
    const ids = ['nul', 'con', 'com1', 'lpt9', 'aux', 'prn']
    for (const id of ids)
      expect(
        await backend.dispatch('content:import', { content: JSON.stringify({ ...valid, id }) }),
        id
      ).toMatchObject({
        ok: true
      })
    expect((await readdir(join(notebookDir(dataDir), 'packs'))).sort()).toEqual(
      ids.map((id) => `_${id}.json`).sort()
    )
    await backend.close()
    const again = await openBackend({ dataDir, mode: 'browser' })
    const packs = await again.dispatch('content:packs', undefined)
    expect(packs.ok && (packs.value as Array<{ pack: { id: string } }>).map((p) => p.pack.id).sort()).toEqual(
      [...ids, 'uclg-plm-28'].sort()
    )
    await again.close()
  })

  it('refuses every hostile or broken file with a specific code and leaves the data folder byte-identical', async () => {
    const dataDir = await tempDir()
    const backend = await openBackend({ dataDir, mode: 'browser' })
    await writeFile(join(dataDir, 'marker.txt'), 'unchanged')
    const before = await snapshot(dataDir)
    const cases = await hostileCases()
    for (const [label, content, code] of cases) {
      for (const channel of ['content:preview', 'content:import']) {
        const result = await backend.dispatch(channel, { content })
        if (code === 'import/already-installed' && channel === 'content:preview') {
          // The preview says so (the dialog then disables Import); only the import itself refuses.
          expect(result, label).toMatchObject({ ok: true, value: { alreadyInstalled: true } })
        } else expect(result, `${label} via ${channel}`).toMatchObject({ ok: false, error: { code } })
      }
    }
    expect(await snapshot(dataDir)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    await backend.close()
  })
})
