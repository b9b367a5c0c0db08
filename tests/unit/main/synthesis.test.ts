import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import type { Session } from '../../../src/shared/planning/session'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function sessionWithNotes(b: Backend, texts: string[]) {
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Synthesis' }))
  const ids: string[] = []
  for (const text of texts)
    ids.push(
      (
        await revised<{ id: string }>(
          b.dispatch('captures:add', { sessionId: s.id, type: 'insight', text, blockId: null })
        )
      ).id
    )
  return { sessionId: s.id, ids }
}

const read = async (b: Backend, id: string) =>
  (await value<Session>(b.dispatch('sessions:get', { id }))).synthesis

describe('synthesis (real notebook in a temp folder)', () => {
  it('clusters notes, moves one between clusters, counts dots and keeps it all across a restart', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const { sessionId, ids } = await sessionWithNotes(b, ['a', 'b', 'c', 'd'])
    const access = await revised<{ id: string }>(
      b.dispatch('synthesis:add-cluster', {
        sessionId,
        name: '  Access to services  ',
        noteIds: [ids[0], ids[1]]
      })
    )
    const trust = await revised<{ id: string }>(
      b.dispatch('synthesis:add-cluster', { sessionId, name: 'Trust' })
    )
    await value(b.dispatch('synthesis:place-note', { sessionId, noteId: ids[1], clusterId: trust.id }))
    await value(
      b.dispatch('synthesis:place-note', { sessionId, noteId: ids[2], clusterId: trust.id, index: 0 })
    )
    await value(
      b.dispatch('synthesis:update-cluster', { sessionId, clusterId: trust.id, patch: { votes: 5 } })
    )
    await value(b.dispatch('synthesis:vote-note', { sessionId, noteId: ids[3], votes: 3 }))
    await b.close()

    b = await openBackend({ dataDir, mode: 'browser' })
    const synthesis = await read(b, sessionId)
    expect(synthesis.clusters).toEqual([
      { id: access.id, name: 'Access to services', noteIds: [ids[0]], votes: 0 },
      { id: trust.id, name: 'Trust', noteIds: [ids[2], ids[1]], votes: 5 }
    ])
    expect(synthesis.noteVotes).toEqual({ [ids[3]!]: 3 })
    // Back to unsorted, then the cluster goes; its notes stay in the session.
    await value(b.dispatch('synthesis:place-note', { sessionId, noteId: ids[2], clusterId: null }))
    await value(b.dispatch('synthesis:delete-cluster', { sessionId, clusterId: trust.id }))
    expect((await read(b, sessionId)).clusters.map((c) => c.name)).toEqual(['Access to services'])
    expect((await value<Session>(b.dispatch('sessions:get', { id: sessionId }))).captures).toHaveLength(4)
    await b.close()
  })

  it('keeps action items with owner and due date, edits and deletes them', async () => {
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    const { sessionId, ids } = await sessionWithNotes(b, ['ask the housing office'])
    const action = await revised<{ id: string; owner: string; due: string | null; done: boolean }>(
      b.dispatch('actions:add', {
        sessionId,
        text: 'Map the welcome desks',
        owner: ' Social services ',
        due: '2026-12-15',
        noteIds: [ids[0]]
      })
    )
    expect(action).toMatchObject({ owner: 'Social services', due: '2026-12-15', done: false })
    await value(
      b.dispatch('actions:update', { sessionId, actionId: action.id, patch: { done: true, due: null } })
    )
    expect((await read(b, sessionId)).actions).toMatchObject([{ done: true, due: null, noteIds: [ids[0]] }])
    await value(b.dispatch('actions:delete', { sessionId, actionId: action.id }))
    expect((await read(b, sessionId)).actions).toEqual([])
    await b.close()
  })

  it('refuses unknown notes, clusters and bad values with stable codes and changes nothing', async () => {
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    const { sessionId } = await sessionWithNotes(b, ['x'])
    const before = await read(b, sessionId)
    expect(await b.dispatch('synthesis:add-cluster', { sessionId, name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'validation/invalid-input' }
    })
    expect(
      await b.dispatch('synthesis:add-cluster', { sessionId, name: 'A', noteIds: ['nonexistent1'] })
    ).toMatchObject({
      ok: false,
      error: { code: 'capture/not-found' }
    })
    expect(
      await b.dispatch('synthesis:place-note', { sessionId, noteId: 'nonexistent1', clusterId: null })
    ).toMatchObject({ ok: false, error: { code: 'capture/not-found' } })
    expect(await b.dispatch('actions:add', { sessionId, text: 'Do', due: '2026-13-40' })).toMatchObject({
      ok: false,
      error: { code: 'validation/invalid-input' }
    })
    expect(await read(b, sessionId)).toEqual(before)
    await b.close()
  })
})
