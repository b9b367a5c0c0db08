import { createHash } from 'node:crypto'
import { cp, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import { LIMITS } from '../../../src/shared/limits'
import type { Session } from '../../../src/shared/planning/session'
import { richSession } from '../../support/rich-session'
import { revised, value } from '../../support/result-value'
import { generatedNotes as notes } from '../../support/generated-notes'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** Vote, move, mark, edit and delete: the small changes that now go to the journal. */
async function smallChanges(b: Awaited<ReturnType<typeof openBackend>>, s: Session) {
  const [first, second, third] = s.captures
  await revised(b.dispatch('synthesis:vote-note', { sessionId: s.id, noteId: first!.id, votes: 4 }))
  await revised(
    b.dispatch('synthesis:place-note', {
      sessionId: s.id,
      noteId: third!.id,
      clusterId: 'clu00001',
      index: 0
    })
  )
  await revised(
    b.dispatch('synthesis:update-cluster', { sessionId: s.id, clusterId: 'clu00001', patch: { votes: 7 } })
  )
  await revised(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blk0001', event: 'start' }))
  await revised(
    b.dispatch('captures:update', { sessionId: s.id, noteId: second!.id, patch: { text: 'edited' } })
  )
  await revised(b.dispatch('captures:delete', { sessionId: s.id, noteId: first!.id }))
  return value<Session>(b.dispatch('sessions:get', { id: s.id }))
}

describe('small changes go to the journal, not into a rewrite of the session file', () => {
  it('a vote on a 20,000-note session leaves the session file untouched until the next fold', async () => {
    const dataDir = await tempDir()
    const b = await openBackend({ dataDir, mode: 'browser' })
    const base = await richSession(b.notebook)
    const big = await b.notebook.sessions.adopt({
      ...base,
      id: 'bigSession00001',
      captures: notes(LIMITS.session.captures)
    })
    await b.notebook.sessions.flushAll()
    const file = join(dataDir, 'notebook', 'sessions', `${big.id}.json`)
    const digest = async () =>
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
    const bytes = await digest()
    const { mtimeMs } = await stat(file)

    const before = await b.notebook.sessions.writeCount(big.id)
    const votes = await revised<number>(
      b.dispatch('synthesis:vote-note', { sessionId: big.id, noteId: 'note00000042', votes: 3 })
    )
    expect(votes).toBe(3)
    await revised(
      b.dispatch('synthesis:place-note', { sessionId: big.id, noteId: 'note00000043', clusterId: 'clu00001' })
    )
    await revised(b.dispatch('live:mark', { sessionId: big.id, blockId: 'blk0001', event: 'start' }))
    await b.notebook.sessions.flushAll()
    expect(await digest()).toBe(bytes)
    expect((await stat(file)).mtimeMs).toBe(mtimeMs)
    expect(await b.notebook.sessions.writeCount(big.id)).toBe(before + 3)

    // The next whole-file change folds the journal in.
    await value(b.dispatch('sessions:update', { id: big.id, details: { place: 'Sousse' } }))
    const folded = JSON.parse(await readFile(file, 'utf8')) as Session
    expect(folded.synthesis.noteVotes).toMatchObject({ note00000042: 3 })
    expect(folded.synthesis.clusters[0]!.noteIds).toContain('note00000043')
    await b.close()
  })

  it('after a crash the journal replays votes, moves, marks, edits and deletes, with their revision', async () => {
    const dataDir = await tempDir()
    const b = await openBackend({ dataDir, mode: 'browser' })
    const s = await richSession(b.notebook)
    const expected = await smallChanges(b, s)
    // Copied while the app still runs: what a crash right now would leave on disk.
    const crashed = await tempDir()
    await cp(join(dataDir, 'notebook'), join(crashed, 'notebook'), {
      recursive: true,
      filter: (src) => !src.endsWith('.lock')
    })
    await b.close()

    const after = await openBackend({ dataDir: crashed, mode: 'browser' })
    const replayed = await value<Session>(after.dispatch('sessions:get', { id: s.id }))
    expect({ ...replayed, updatedAt: '' }).toEqual({ ...expected, updatedAt: '' })
    expect(replayed.revision).toBe(expected.revision)
    await after.close()
  })

  it('replaying lines the file already holds (a crash between a rewrite and the compaction) changes nothing', async () => {
    const dataDir = await tempDir()
    const b = await openBackend({ dataDir, mode: 'browser' })
    const s = await richSession(b.notebook)
    const journal = join(dataDir, 'notebook', 'sessions', `${s.id}.notes.jsonl`)
    const expected = await smallChanges(b, s)
    const lines = await readFile(journal)
    await b.close() // folds: the file holds every change, the journal is emptied
    await writeFile(journal, lines) // as if the compaction had not happened

    const again = await openBackend({ dataDir, mode: 'browser' })
    const reopened = await value<Session>(again.dispatch('sessions:get', { id: s.id }))
    expect({ ...reopened, updatedAt: '' }).toEqual({ ...expected, updatedAt: '' })
    await again.close()
  })
})
