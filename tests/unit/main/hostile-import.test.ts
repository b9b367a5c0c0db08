import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { createTransferService } from '../../../src/main/services/transfer-service'
import { Notebook } from '../../../src/main/storage/notebook'
import { hashTree, richSession } from '../../support/rich-session'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const root = join(import.meta.dirname, '../../..')

type Json = Record<string, unknown>
/** The parts of a session file the cases reach into; everything else stays loose. */
interface Doc {
  [key: string]: unknown
  captures: Json[]
  blocks: Json[]
  personas: Json[]
  journeys: Json[]
  consent: Json
  synthesis: Json & { clusters: Json[] }
}
type Case = [label: string, content: string | Uint8Array, code: string]

/** Insert a raw `"key": value` member right after the opening brace of the object at `path`. */
function withRawKey(base: Json, path: Array<string | number>, key: string, value = '{"polluted":1}'): string {
  const marker = '"__MARKER__":0'
  const copy = structuredClone(base)
  let target: Json = copy
  for (const p of path) target = target[p as keyof typeof target] as Json
  target.__MARKER__ = 0
  return JSON.stringify(copy).replace(marker, `${key}:${value}`)
}

function cases(valid: Json, others: Record<string, string>): Case[] {
  const set = (f: (s: Doc) => void): string => {
    const copy = structuredClone(valid) as Doc
    f(copy)
    return JSON.stringify(copy)
  }
  const note = (valid.captures as Json[])[0]!
  const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i))
  const depths: Array<[string, Array<string | number>]> = [
    ['top level', []],
    ['consent', ['consent']],
    ['a note', ['captures', 0]],
    ['a block', ['blocks', 0]],
    ['a persona', ['personas', 0]],
    ['a journey step', ['journeys', 0]],
    ['synthesis', ['synthesis']],
    ['a cluster', ['synthesis', 'clusters', 0]],
    ['note votes', ['synthesis', 'noteVotes']],
    ['live blocks', ['live', 'blocks']]
  ]
  const hostileKeys = [
    '"__proto__"',
    '"constructor"',
    '"prototype"',
    '"\\u005f_proto__"',
    '"\\u0063onstructor"'
  ]
  return [
    // Not JSON, or not an object.
    ['not JSON', '{ this is not json', 'import/not-json'],
    ['empty file', '', 'import/not-json'],
    ['trailing garbage', `${JSON.stringify(valid)} trailing`, 'import/not-json'],
    ['invalid UTF-8 bytes', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'import/not-utf8'],
    // What a lenient decoder (Python's surrogateescape, a JSON writer escaping it) makes of bad bytes.
    ['a lone surrogate in the text', `{"title":"caf\udce9"}`, 'import/not-utf8'],
    ['null', 'null', 'import/not-a-session'],
    ['a number', '42', 'import/not-a-session'],
    ['a string', '"session"', 'import/not-a-session'],
    ['an array', '[1,2,3]', 'import/not-a-session'],
    // Other JSON that is not a session.
    ['a content pack', others.pack!, 'import/not-a-session'],
    [
      'a content pack with session fields added',
      set((s) => Object.assign(s, { format: 'passerelle.content-pack' })),
      'import/not-a-session'
    ],
    [
      'a backup list',
      JSON.stringify([{ stamp: '20261127T081326.123Z', size: 1, valid: true }]),
      'import/not-a-session'
    ],
    ['a backup of notebook.json', others.notebook!, 'import/not-a-session'],
    ['a backup of library.json', others.library!, 'import/not-a-session'],
    ['a planning catalog', others.catalog!, 'import/not-a-session'],
    ['no id', set((s) => Reflect.deleteProperty(s, 'id')), 'import/not-a-session'],
    // Versions.
    ['a newer schemaVersion', set((s) => (s.schemaVersion = 99 as never)), 'import/newer-version'],
    ['schemaVersion 0', set((s) => (s.schemaVersion = 0 as never)), 'import/invalid'],
    ['schemaVersion 4.5', set((s) => (s.schemaVersion = 4.5 as never)), 'import/invalid'],
    ['schemaVersion as text', set((s) => (s.schemaVersion = '5' as never)), 'import/invalid'],
    [
      'v1 with an extra field',
      JSON.stringify({ ...JSON.parse(others.v1!), surprise: true }),
      'import/invalid'
    ],
    // Missing fields.
    ...(['title', 'createdAt', 'captures', 'synthesis', 'consent', 'live', 'journeys'] as const).map(
      (field): Case => [`missing ${field}`, set((s) => Reflect.deleteProperty(s, field)), 'import/invalid']
    ),
    ['a note without text', set((s) => Reflect.deleteProperty(s.captures[0]!, 'text')), 'import/invalid'],
    // Wrong types and values.
    ['title as a number', set((s) => (s.title = 42 as never)), 'import/invalid'],
    ['captures as an object', set((s) => (s.captures = {} as never)), 'import/invalid'],
    ['note text as a number', set((s) => (s.captures[0]!.text = 7)), 'import/invalid'],
    ['speaker as an object', set((s) => (s.captures[0]!.speaker = { name: 'x' })), 'import/invalid'],
    ['unknown consent flag', set((s) => (s.captures[0]!.consent = 'public')), 'import/invalid'],
    ['unknown note type', set((s) => (s.captures[0]!.type = 'gossip')), 'import/invalid'],
    ['a date that is not a date', set((s) => (s.date = '2026-13-45' as never)), 'import/invalid'],
    ['persona age as text', set((s) => (s.personas[0]!.age = 'old')), 'import/invalid'],
    ['journey outcome "window"', set((s) => (s.journeys[0]!.outcome = 'window')), 'import/invalid'],
    ['negative votes', set((s) => (s.synthesis.clusters[0]!.votes = -1)), 'import/invalid'],
    ['a path as the id', set((s) => (s.id = '../../notebook' as never)), 'import/invalid'],
    ['duplicate note ids', set((s) => (s.captures = [note, note] as never)), 'import/invalid'],
    // Extra fields.
    ['extra top-level field', set((s) => (s.surprise = true as never)), 'import/invalid'],
    ['extra field in a note', set((s) => (s.captures[0]!.html = '<b>')), 'import/invalid'],
    ['extra field in consent', set((s) => (s.consent.everyone = true)), 'import/invalid'],
    ['extra field in synthesis', set((s) => (s.synthesis.extra = [])), 'import/invalid'],
    // Prototype pollution at every depth, plain and escaped spellings.
    ...depths.flatMap(([where, path]) =>
      hostileKeys.map((key): Case => [
        `${key} in ${where}`,
        withRawKey(valid, path, key),
        'import/hostile-key'
      ])
    ),
    // Size and depth.
    ['a 25 MB file', `{"title":"${'x'.repeat(25_000_000)}"}`, 'import/too-large'],
    ['11 MB of multi-byte text in 4M characters', `"${'€'.repeat(3_700_000)}"`, 'import/too-large'],
    ['depth 1000', `${'['.repeat(1000)}${']'.repeat(1000)}`, 'import/too-deep'],
    [
      'depth 65 inside a note',
      set((s) => (s.captures[0]!.text = JSON.parse(`${'['.repeat(63)}${']'.repeat(63)}`))),
      'import/too-deep'
    ],
    // Strings and arrays over the schema's limits.
    ['a 1 MB title', set((s) => (s.title = 'x'.repeat(1_000_000) as never)), 'import/invalid'],
    ['a 1 MB note', set((s) => (s.captures[0]!.text = 'x'.repeat(1_000_000))), 'import/invalid'],
    ['a 1 MB speaker', set((s) => (s.captures[0]!.speaker = 'x'.repeat(1_000_000))), 'import/invalid'],
    [
      '20,001 notes',
      set(
        (s) =>
          (s.captures = many(20_001, (i) => ({ ...note, id: `note${String(i).padStart(6, '0')}` })) as never)
      ),
      'import/invalid'
    ],
    [
      '301 blocks',
      set((s) => (s.blocks = many(301, (i) => ({ ...s.blocks[0], id: `blk${i}xyz` })) as never)),
      'import/invalid'
    ],
    [
      '61 personas',
      set((s) => (s.personas = many(61, (i) => ({ ...s.personas[0], id: `per${i}xyz` })) as never)),
      'import/invalid'
    ],
    ['11 tags on a note', set((s) => (s.captures[0]!.tags = many(11, (i) => `t${i}`))), 'import/invalid'],
    [
      '201 clusters',
      set(
        (s) =>
          (s.synthesis.clusters = many(201, (i) => ({
            id: `clu${i}xyzw`,
            name: 'c',
            noteIds: [],
            votes: 0
          })))
      ),
      'import/invalid'
    ],
    ['four languages', set((s) => (s.languages = ['en', 'es', 'fr', 'en'] as never)), 'import/invalid']
  ]
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
    return { code: 'accepted', message: '' }
  } catch (error) {
    return error instanceof AppError
      ? { code: error.code, message: error.message }
      : { code: `unexpected: ${String(error)}`, message: '' }
  }
}

describe('hostile session imports (real notebook in a temp folder)', () => {
  it('refuses every hostile or broken file with a stable code and a reason, leaving the data folder byte-identical', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const existing = await richSession(notebook)
    await notebook.backups.runOnce()
    const transfer = createTransferService(notebook)
    const valid = JSON.parse((await transfer.exportSession(existing.id)).content) as Json
    valid.id = 'another-session-id'
    const read = (path: string) => readFile(join(root, path), 'utf8')
    const all = cases(valid, {
      pack: await read('resources/content/uclg-plm-28.json'),
      catalog: await read('resources/planning/catalog.json'),
      notebook: await readFile(join(dir, 'notebook.json'), 'utf8'),
      library: await readFile(join(dir, 'library.json'), 'utf8'),
      v1: await read('tests/fixtures/notebook/session-v1.json')
    })
    // The base file itself imports (as a copy, in a scratch notebook): refusals are about the mutations.
    const scratch = await Notebook.open({ dir: await tempDir(), owner: 'tool' })
    expect((await createTransferService(scratch).preview(JSON.stringify(valid))).counts.notes).toBe(3)
    await scratch.close()

    await writeFile(join(dir, 'marker.txt'), 'unchanged')
    const before = await hashTree(dir)
    let refused = 0
    const wrong: string[] = []
    for (const [label, content, code] of all) {
      const preview = await codeOf(transfer.preview(content))
      const imported = await codeOf(transfer.import(content, { asCopy: false }))
      const copied = await codeOf(transfer.import(content, { asCopy: true, titleSuffix: ' (copy)' }))
      const ok = [preview, imported, copied].every((r) => r.code === code && r.message.length > 0)
      if (ok) refused++
      else wrong.push(`${label}: expected ${code}, got ${preview.code} / ${imported.code} / ${copied.code}`)
    }
    console.log(`hostile imports: ${refused}/${all.length} refused`)
    expect(wrong).toEqual([])
    expect(all.length).toBeGreaterThanOrEqual(50)
    expect(await hashTree(dir)).toEqual(before)
    expect(notebook.sessions.list().map((s) => s.id)).toEqual([existing.id])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    await notebook.close()
  })
})
