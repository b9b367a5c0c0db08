import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { JOURNAL_SUFFIX } from '../../../src/main/storage/sessions-repo'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
type S = { id: string; captures: Array<{ id: string; text: string }> }

const add = (b: Backend, sessionId: string, text: string) =>
  revised<{ id: string }>(b.dispatch('captures:add', { sessionId, type: 'insight', text, blockId: null }))
const fileOf = (dataDir: string, id: string) => join(dataDir, 'notebook', 'sessions', `${id}.json`)
const journalOf = (dataDir: string, id: string) =>
  join(dataDir, 'notebook', 'sessions', `${id}${JOURNAL_SUFFIX}`)
const textsInFile = async (dataDir: string, id: string) =>
  (JSON.parse(await readFile(fileOf(dataDir, id), 'utf8')) as S).captures.map((n) => n.text)

describe('capture journal (real files)', () => {
  it('a capture appends one line and leaves the session file alone; reopening folds the journal in', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Journal' }))
    const before = await readFile(fileOf(dataDir, s.id))
    await add(b, s.id, 'première')
    await add(b, s.id, 'seconde')
    expect(await readFile(fileOf(dataDir, s.id))).toEqual(before)
    expect((await readFile(journalOf(dataDir, s.id), 'utf8')).trim().split('\n')).toHaveLength(2)
    await b.close()

    b = await openBackend({ dataDir, mode: 'browser' })
    expect((await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)).toEqual([
      'première',
      'seconde'
    ])
    expect(await textsInFile(dataDir, s.id)).toEqual(['première', 'seconde'])
    expect(
      (await readdir(join(dataDir, 'notebook', 'sessions'))).filter((f) => f.endsWith(JOURNAL_SUFFIX))
    ).toEqual([])
    await b.close()
  })

  it('ignores a torn last line (a crash mid-append was never acknowledged) and keeps the rest', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Torn' }))
    await add(b, s.id, 'acknowledged')
    await b.close()
    await appendFile(journalOf(dataDir, s.id), '{"id":"tornNote0001","createdAt":"2026-')
    b = await openBackend({ dataDir, mode: 'browser' })
    expect((await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)).toEqual([
      'acknowledged'
    ])
    await b.close()
  })

  it('a note deleted after its capture never comes back, even if the journal still held it', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Delete' }))
    await add(b, s.id, 'keep')
    const drop = await add(b, s.id, 'drop')
    await value(b.dispatch('captures:delete', { sessionId: s.id, noteId: drop.id }))
    await add(b, s.id, 'after')
    await b.close()
    b = await openBackend({ dataDir, mode: 'browser' })
    const texts = (await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)
    expect(texts).toEqual(['keep', 'after'])
    expect(texts).not.toContain('drop')
    await b.close()
  })

  it('a burst of captures shares fsyncs', async () => {
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Burst' }))
    const base = await b.notebook.sessions.writeCount(s.id)
    await Promise.all(Array.from({ length: 200 }, (_, i) => add(b, s.id, `burst ${i}`)))
    expect((await b.notebook.sessions.writeCount(s.id)) - base).toBeLessThan(20)
    expect((await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures).toHaveLength(200)
    await b.close()
  })
  it('a capture the disk refused is reported, kept in memory and written with the next capture', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await value<S>(b.dispatch('sessions:create', { title: 'Disk full' }))
    // A folder where the journal goes: the append fails, as a full or broken disk would.
    await mkdir(join(journalOf(dataDir, s.id), 'blocker'), { recursive: true })
    expect(
      await b.dispatch('captures:add', { sessionId: s.id, type: 'insight', text: 'refused', blockId: null })
    ).toMatchObject({ ok: false, error: { code: 'storage/write-failed' } })
    expect((await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)).toEqual([
      'refused'
    ])
    await rm(journalOf(dataDir, s.id), { recursive: true })
    await add(b, s.id, 'accepted')
    expect(await textsInFile(dataDir, s.id)).toEqual(['refused', 'accepted'])
    await b.close()
    b = await openBackend({ dataDir, mode: 'browser' })
    expect((await value<S>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)).toEqual([
      'refused',
      'accepted'
    ])
    await b.close()
  })
})
