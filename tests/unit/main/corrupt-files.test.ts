import { chmod, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Notebook, NOTEBOOK_FILE } from '../../../src/main/storage/notebook'
import { checkSession } from '../../../src/main/storage/session-file'
import { hashTree, richSession } from '../../support/rich-session'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

/**
 * storage.test.ts covers notebook.json when empty, truncated, all NUL, failing the schema, without
 * a version, newer, and unreadable (a folder in its place). Here: the same damage to session files,
 * plus random byte flips and chmod 000 for both.
 */
const tempDir = useTempDirs()
const fixedNow = () => new Date('2026-11-27T08:13:26.123Z')
const SET_ASIDE = '.corrupt-20261127T081326Z'
const asRoot = process.getuid?.() === 0
let handled = 0
let total = 0
const skipped: string[] = []

/** Flip bits at structural characters (seeded) until the bytes are no longer a valid session. */
function flipBytes(original: Buffer, seed = 7): Buffer {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const structural = [...original.entries()].filter(([, b]) => '{}[]:,"'.includes(String.fromCharCode(b)))
  const bytes = Buffer.from(original)
  for (let flips = 0; flips < 64; flips++) {
    const [at] = structural[Math.floor(random() * structural.length)]!
    bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 7))
    try {
      if (flips >= 4 && !checkSession(JSON.parse(bytes.toString('utf8'))).ok) return bytes
    } catch {
      if (flips >= 4) return bytes
    }
  }
  throw new Error('flips left a valid session')
}

const damage: Array<[string, (original: Buffer) => Buffer, 'unparsable' | 'invalid']> = [
  ['a 0-byte file', () => Buffer.alloc(0), 'unparsable'],
  ['a truncated file', (o) => o.subarray(0, Math.floor(o.length / 2)), 'unparsable'],
  ['random byte flips', (o) => flipBytes(o), 'unparsable'],
  ['all NUL bytes', (o) => Buffer.alloc(o.length), 'unparsable'],
  [
    'valid JSON failing the schema',
    (o) => Buffer.from(JSON.stringify({ ...JSON.parse(o.toString('utf8')), captures: 'lost' })),
    'invalid'
  ]
]

async function prepared() {
  const dir = await tempDir()
  const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
  const kept = await richSession(notebook, 'Kept')
  const hurt = await richSession(notebook, 'Hurt')
  await notebook.backups.runOnce()
  await notebook.close()
  const rel = `/sessions/${hurt.id}.json`
  return { dir, kept, hurt, rel, file: join(dir, rel), original: await readFile(join(dir, rel)) }
}

afterAll(() => {
  console.log(
    `corrupt files: ${handled}/${total} handled${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''}`
  )
})

describe('corrupt session files (real files)', () => {
  for (const [label, make, reason] of damage) {
    it(`opens the notebook, sets ${label} aside byte-for-byte, reports it and finds the newest good backup`, async () => {
      total++
      const { dir, kept, hurt, rel, file, original } = await prepared()
      const bad = make(original)
      await writeFile(file, bad)
      const before = await hashTree(dir)

      const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
      expect((await notebook.sessions.get(kept.id)).title).toBe('Kept')
      expect(await codeOf(notebook.sessions.get(hurt.id))).toBe('storage/corrupt-file')
      // Set aside: asking again finds no file, and says so.
      expect(await codeOf(notebook.sessions.get(hurt.id))).toBe('session/not-found')
      expect(notebook.status().recovered).toEqual([
        { file: `sessions/${hurt.id}.json`, movedTo: `sessions/${hurt.id}.json${SET_ASIDE}`, reason }
      ])
      expect(await readFile(`${file}${SET_ASIDE}`)).toEqual(bad)
      const good = await notebook.backups.newestGoodBackup(hurt.id)
      expect(good).toMatchObject({
        valid: true,
        title: 'Hurt',
        counts: { notes: 3, journeys: 1, actions: 1 }
      })
      await notebook.close()

      // Nothing was written: every file is as it was, the damaged one only renamed.
      const expected = { ...before, [`${rel}${SET_ASIDE}`]: before[rel]! }
      delete expected[rel]
      expect(await hashTree(dir)).toEqual(expected)
      handled++
    })
  }

  it('opens a session from a newer version read-only: refused, reported by its code, never rewritten', async () => {
    total++
    const { dir, hurt, file, original } = await prepared()
    const newer = Buffer.from(JSON.stringify({ ...JSON.parse(original.toString('utf8')), schemaVersion: 99 }))
    await writeFile(file, newer)
    const before = await hashTree(dir)
    const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
    expect(await codeOf(notebook.sessions.get(hurt.id))).toBe('storage/read-only')
    expect(await codeOf(notebook.sessions.update(hurt.id, (d) => void (d.title = 'x')))).toBe(
      'storage/read-only'
    )
    // A backup exists, but restoring it would write over the newer file: refused too.
    const good = await notebook.backups.newestGoodBackup(hurt.id)
    expect(await codeOf(notebook.backups.restore(hurt.id, good!.stamp))).toBe('storage/read-only')
    await notebook.close()
    expect(await hashTree(dir)).toEqual(before)
    handled++
  })

  it('treats an unreadable session file (chmod 000) as a read error, never as missing or empty', async (ctx) => {
    if (asRoot) {
      skipped.push('chmod 000 on a session file (running as root, chmod does not bite)')
      console.log('skipped: chmod 000 session file (running as root)')
      return ctx.skip()
    }
    total++
    const { dir, hurt, file } = await prepared()
    await chmod(file, 0o000)
    const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
    expect(await codeOf(notebook.sessions.get(hurt.id))).toBe('storage/read-failed')
    expect(notebook.status().recovered).toEqual([])
    await notebook.close()
    await chmod(file, 0o600)
    expect(JSON.parse(await readFile(file, 'utf8')).id).toBe(hurt.id)
    handled++
  })
})

describe('corrupt notebook.json, cases storage.test.ts does not cover', () => {
  it('sets notebook.json with random byte flips aside and rebuilds the list from the session files', async () => {
    total++
    const { dir, kept, hurt } = await prepared()
    const file = join(dir, NOTEBOOK_FILE)
    const bad = flipBytes(await readFile(file), 11)
    await writeFile(file, bad)
    const sessionsBefore = Object.entries(await hashTree(dir)).filter(([p]) => p.startsWith('/sessions/'))
    const notebook = await Notebook.open({ dir, owner: 'tool', now: fixedNow })
    expect(notebook.status().recovered).toEqual([
      expect.objectContaining({ file: NOTEBOOK_FILE, movedTo: `${NOTEBOOK_FILE}${SET_ASIDE}` })
    ])
    expect(await readFile(`${file}${SET_ASIDE}`)).toEqual(bad)
    expect(
      notebook.sessions
        .list()
        .map((s) => s.id)
        .sort()
    ).toEqual([kept.id, hurt.id].sort())
    await notebook.close()
    const sessionsAfter = Object.entries(await hashTree(dir)).filter(([p]) => p.startsWith('/sessions/'))
    expect(sessionsAfter).toEqual(sessionsBefore)
    handled++
  })

  it('refuses to open over an unreadable notebook.json (chmod 000) and leaves it as it was', async (ctx) => {
    if (asRoot) {
      skipped.push('chmod 000 on notebook.json (running as root)')
      console.log('skipped: chmod 000 notebook.json (running as root)')
      return ctx.skip()
    }
    total++
    const { dir } = await prepared()
    const file = join(dir, NOTEBOOK_FILE)
    const original = await readFile(file)
    await chmod(file, 0o000)
    expect(await codeOf(Notebook.open({ dir, owner: 'tool' }))).toBe('storage/read-failed')
    await chmod(file, 0o600)
    expect(await readFile(file)).toEqual(original)
    handled++
  })
})
