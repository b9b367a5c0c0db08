import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesFromArgv, pickFileToOpen, readFileToOpen } from '../../../../src/main/desktop/open-files'
import { DesktopOutbox } from '../../../../src/main/desktop/outbox'
import { importKindOf } from '../../../../src/shared/desktop/file-kinds'
import { IMPORT_FILE_MAX_BYTES } from '../../../../src/shared/ipc/request-limits'

const cwd = resolve('/home/facilitator/Downloads')

describe('files named on the command line (file association, second instance)', () => {
  it('packaged: everything after the executable that is not a switch', () => {
    const argv = ['/opt/Passerelle/passerelle', '--no-sandbox', 'Atelier.passerelle-session.json']
    expect(filesFromArgv(argv, { packaged: true, cwd })).toEqual([
      join(cwd, 'Atelier.passerelle-session.json')
    ])
  })

  it('unpackaged: the app folder or script is not a file to open, whatever switches come first', () => {
    const argv = ['/usr/lib/electron', '--inspect=0', '--remote-debugging-port=0', '/work/out/main/index.js']
    expect(filesFromArgv(argv, { packaged: false, cwd })).toEqual([])
    expect(filesFromArgv(['/usr/lib/electron', '.', 'a.json'], { packaged: false, cwd })).toEqual([
      join(cwd, 'a.json')
    ])
  })

  it('Windows and macOS extras are ignored; after “--” a name may start with a dash', () => {
    const argv = [
      'C:\\Passerelle\\Passerelle.exe',
      '--allow-file-access-from-files',
      '-psn_0_1234',
      '--',
      '-odd.json'
    ]
    expect(filesFromArgv(argv, { packaged: true, cwd })).toEqual([join(cwd, '-odd.json')])
    expect(filesFromArgv(['/opt/p', '/abs/s.json', ''], { packaged: true, cwd })).toEqual([
      resolve('/abs/s.json')
    ])
  })

  it('opens one file at a time, preferring a JSON file over anything else named', () => {
    expect(pickFileToOpen(['/a/photo.jpg', '/a/s.passerelle-session.json'])).toBe(
      '/a/s.passerelle-session.json'
    )
    expect(pickFileToOpen(['/a/photo.jpg'])).toBe('/a/photo.jpg')
    expect(pickFileToOpen([])).toBeNull()
  })
})

describe('reading an opened file into its import preview', () => {
  const dir = () => mkdtemp(join(tmpdir(), 'passerelle-open-'))

  it('a session file, by its name', async () => {
    const file = join(await dir(), 'Atelier.passerelle-session.json')
    await writeFile(file, '{"schemaVersion":4}')
    expect(await readFileToOpen(file)).toEqual({
      type: 'import',
      kind: 'session',
      content: '{"schemaVersion":4}'
    })
  })

  it('a plain .json content pack, by the format it declares; a pack named as one, by its name', async () => {
    const d = await dir()
    await writeFile(join(d, 'uclg.json'), '\uFEFF{"format":"passerelle.content-pack"}')
    expect(await readFileToOpen(join(d, 'uclg.json'))).toMatchObject({ type: 'import', kind: 'pack' })
    await writeFile(join(d, 'x.passerelle-pack.json'), '{}')
    expect(await readFileToOpen(join(d, 'x.passerelle-pack.json'))).toMatchObject({ kind: 'pack' })
  })

  it('refuses, with the usual codes, what is not ours, too large, not UTF-8, missing or a folder', async () => {
    const d = await dir()
    await writeFile(join(d, 'notes.txt'), 'hello')
    expect(await readFileToOpen(join(d, 'notes.txt'))).toMatchObject({
      type: 'import-refused',
      kind: 'session',
      error: { code: 'import/not-a-session' }
    })
    expect(await readFileToOpen(join(d, 'notes.txt'), 'pack')).toMatchObject({
      kind: 'pack',
      error: { code: 'import/not-a-pack' }
    })
    await writeFile(join(d, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
    expect(await readFileToOpen(join(d, 'latin1.json'))).toMatchObject({ error: { code: 'import/not-utf8' } })
    await writeFile(join(d, 'huge.json'), Buffer.alloc(IMPORT_FILE_MAX_BYTES + 1, 0x20))
    expect(await readFileToOpen(join(d, 'huge.json'))).toMatchObject({ error: { code: 'import/too-large' } })
    expect(await readFileToOpen(join(d, 'gone.json'))).toMatchObject({
      error: { code: 'internal/unexpected' }
    })
    expect(await readFileToOpen(join(d, 'gone.passerelle-pack.json'))).toMatchObject({ kind: 'pack' })
  })

  it('judges a plain .json by its top-level format only', () => {
    expect(importKindOf('a.json', '{"notes":[{"text":"\\"format\\": \\"passerelle.content-pack\\""}]}')).toBe(
      'session'
    )
    expect(importKindOf('a.json', '{"nested":{"format":"passerelle.content-pack"}}')).toBe('session')
    expect(importKindOf('a.json', 'not json')).toBe('session')
    expect(importKindOf('A.PASSERELLE-PACK.JSON', '')).toBe('pack')
  })
})

describe('the outbox to the renderer', () => {
  const page = () => {
    const sent: unknown[] = []
    return { sent, send: (_: string, c: unknown) => sent.push(c), isDestroyed: () => false }
  }

  it('keeps commands until a page listens, then delivers them in order; a reload stops delivery', () => {
    const outbox = new DesktopOutbox()
    outbox.send({ type: 'new-session' })
    outbox.send({ type: 'about' })
    const first = page()
    outbox.listening(first)
    expect(first.sent).toEqual([{ type: 'new-session' }, { type: 'about' }])
    outbox.notListening()
    outbox.send({ type: 'about' })
    expect(first.sent).toHaveLength(2)
    expect(outbox.pending).toBe(1)
  })

  it('keeps only the last few of a burst of files (each may be large)', () => {
    const outbox = new DesktopOutbox()
    for (let i = 0; i < 10; i++) outbox.send({ type: 'import', kind: 'session', content: String(i) })
    const p = page()
    outbox.listening(p)
    expect(p.sent.map((c) => (c as { content: string }).content)).toEqual(['6', '7', '8', '9'])
  })
})
