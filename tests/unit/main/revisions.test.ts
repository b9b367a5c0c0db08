import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels'
import { contract } from '../../../src/shared/ipc/contract'
import type { Session } from '../../../src/shared/planning/session'
import { hashTree, richSession } from '../../support/rich-session'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** The channels whose input takes `expectedRevision`, read from the contract itself. */
const revisionedChannels = CHANNELS.filter((c) => {
  const shape = (contract[c].input as { shape?: Record<string, unknown> }).shape
  return shape !== undefined && 'expectedRevision' in shape
})

type Doc = 'session' | 'library' | 'notebook' | 'insights'
interface Case {
  doc: Doc
  input: (
    s: Session,
    ids: { own: string; template: string; board: string; theme: string }
  ) => Record<string, unknown>
}

/** A valid call of every revisioned channel against the rich session, and the document it edits. */
const cases: Partial<Record<Channel, Case>> = {
  'settings:set': { doc: 'notebook', input: () => ({ language: 'fr' }) },
  'annotations:save': {
    doc: 'library',
    input: () => ({ target: 'uclg-plm-28:case-barcelona', text: 'Ask about the desk' })
  },
  'own-items:save': {
    doc: 'library',
    input: () => ({ title: 'Mine', body: 'Text', language: 'en', purpose: null })
  },
  'own-items:delete': { doc: 'library', input: (_, ids) => ({ id: ids.own }) },
  'templates:save': { doc: 'library', input: (s) => ({ id: s.id, title: 'Template' }) },
  'templates:delete': { doc: 'library', input: (_, ids) => ({ id: ids.template }) },
  'sessions:update': { doc: 'session', input: (s) => ({ id: s.id, details: { title: 'Renamed' } }) },
  'sessions:set-agenda': { doc: 'session', input: (s) => ({ id: s.id, blocks: [] }) },
  'sessions:set-personas': { doc: 'session', input: (s) => ({ id: s.id, personas: [] }) },
  'captures:update': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, noteId: s.captures[0]!.id, patch: { text: 'edited' } })
  },
  'captures:delete': { doc: 'session', input: (s) => ({ sessionId: s.id, noteId: s.captures[0]!.id }) },
  'captures:restore': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, note: { ...s.captures[0]!, id: 'restored0001' } })
  },
  'live:mark': { doc: 'session', input: (s) => ({ sessionId: s.id, blockId: 'blk0001', event: 'start' }) },
  'journeys:add': {
    doc: 'session',
    input: (s) => ({
      sessionId: s.id,
      personaId: 'per0001',
      place: 'service',
      label: 'Clinic',
      outcome: 'door',
      note: ''
    })
  },
  'journeys:update': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, stepId: s.journeys[0]!.id, patch: { outcome: 'door' } })
  },
  'journeys:delete': { doc: 'session', input: (s) => ({ sessionId: s.id, stepId: s.journeys[0]!.id }) },
  'synthesis:add-cluster': { doc: 'session', input: (s) => ({ sessionId: s.id, name: 'Trust' }) },
  'synthesis:update-cluster': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, clusterId: 'clu00001', patch: { name: 'Access to services' } })
  },
  'synthesis:delete-cluster': { doc: 'session', input: (s) => ({ sessionId: s.id, clusterId: 'clu00001' }) },
  'synthesis:place-note': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, noteId: s.captures[2]!.id, clusterId: 'clu00001' })
  },
  'synthesis:vote-note': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, noteId: s.captures[0]!.id, votes: 4 })
  },
  'actions:add': { doc: 'session', input: (s) => ({ sessionId: s.id, text: 'Call the clinic' }) },
  'actions:update': {
    doc: 'session',
    input: (s) => ({ sessionId: s.id, actionId: 'act00001', patch: { done: true } })
  },
  'actions:delete': { doc: 'session', input: (s) => ({ sessionId: s.id, actionId: 'act00001' }) },
  'boards:add-theme': { doc: 'insights', input: (_, ids) => ({ boardId: ids.board, name: 'Access' }) },
  'boards:rename-theme': {
    doc: 'insights',
    input: (_, ids) => ({ boardId: ids.board, themeId: ids.theme, name: 'Doors' })
  },
  'boards:delete-theme': { doc: 'insights', input: (_, ids) => ({ boardId: ids.board, themeId: ids.theme }) }
}

async function revisionOf(b: Backend, doc: Doc, sessionId: string): Promise<number> {
  if (doc === 'session') return (await value<Session>(b.dispatch('sessions:get', { id: sessionId }))).revision
  if (doc === 'library')
    return (await value<{ revision: number }>(b.dispatch('library:get', undefined))).revision
  if (doc === 'insights')
    return (await value<{ revision: number }>(b.dispatch('boards:get', { boardId: boardOf(b) }))).revision
  return (await value<{ revision: number }>(b.dispatch('settings:get', undefined))).revision
}
const boardOf = (b: Backend) => b.notebook.insights.boards()[0]!.id

async function setUp() {
  const dataDir = await tempDir()
  const b = await openBackend({ dataDir, mode: 'browser' })
  const s = await richSession(b.notebook)
  const own = await revised<{ id: string }>(
    b.dispatch('own-items:save', { title: 'Own', body: 'x', language: 'en', purpose: null })
  )
  const template = await revised<{ id: string }>(b.dispatch('templates:save', { id: s.id, title: 'T' }))
  const board = await revised<{ id: string }>(b.dispatch('boards:create', { name: 'Board', query: {} }))
  const themed = await revised<{ themes: { id: string }[] }>(
    b.dispatch('boards:add-theme', { boardId: board.id, name: 'Theme' })
  )
  return {
    b,
    dataDir,
    s,
    ids: { own: own.id, template: template.id, board: board.id, theme: themed.themes[0]!.id }
  }
}

describe('revisioned documents (real files)', () => {
  it('covers every channel that takes a revision', () => {
    expect(revisionedChannels.length).toBeGreaterThan(20)
    expect(revisionedChannels.filter((c) => !cases[c])).toEqual([])
  })

  it.each(revisionedChannels)(
    '%s: a stale revision is refused with storage/conflict and leaves every file byte-identical',
    async (channel) => {
      const { b, dataDir, s, ids } = await setUp()
      const { doc, input } = cases[channel]!
      const current = await revisionOf(b, doc, s.id)
      expect(current).toBeGreaterThan(0)
      const before = await hashTree(dataDir)

      const stale = await b.dispatch(channel, { ...input(s, ids), expectedRevision: current - 1 })
      expect(stale).toMatchObject({ ok: false, error: { code: 'storage/conflict' } })
      expect(await hashTree(dataDir)).toEqual(before)
      expect(await revisionOf(b, doc, s.id)).toBe(current)

      // Based on the current revision, the same change goes through and answers the next one.
      const fresh = await value<{ revision: number }>(
        b.dispatch(channel, { ...input(s, ids), expectedRevision: current })
      )
      expect(fresh.revision).toBe(current + 1)
      expect(await revisionOf(b, doc, s.id)).toBe(current + 1)
      await b.close()
    }
  )

  it('a revision survives a restart, so a screen left open across it is still caught', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await richSession(b.notebook)
    await b.close()
    b = await openBackend({ dataDir, mode: 'browser' })
    expect(await revisionOf(b, 'session', s.id)).toBe(s.revision)
    const stale = await b.dispatch('sessions:update', {
      id: s.id,
      details: { title: 'Old screen' },
      expectedRevision: s.revision - 1
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'storage/conflict' } })
    await b.close()
  })

  it('two concurrent deletes of one note remove exactly that note', async () => {
    const { b, s } = await setUp()
    const [target, ...others] = s.captures
    const results = await Promise.all([
      b.dispatch('captures:delete', { sessionId: s.id, noteId: target!.id }),
      b.dispatch('captures:delete', { sessionId: s.id, noteId: target!.id })
    ])
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['capture/not-found', 'ok'])
    const after = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(after.captures.map((n) => n.id)).toEqual(others.map((n) => n.id))
    await b.close()
  })

  it('concurrent synthesis edits act on what is there when they run: no double delete, no orphan vote', async () => {
    const { b, s } = await setUp()
    const note = s.captures[1]! // in a cluster, without dots of its own
    const [removedA, removedB, deleted, vote] = await Promise.all([
      b.dispatch('actions:delete', { sessionId: s.id, actionId: 'act00001' }),
      b.dispatch('actions:delete', { sessionId: s.id, actionId: 'act00001' }),
      b.dispatch('captures:delete', { sessionId: s.id, noteId: note.id }),
      b.dispatch('synthesis:vote-note', { sessionId: s.id, noteId: note.id, votes: 5 })
    ])
    expect([removedA, removedB].map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual([
      'capture/not-found',
      'ok'
    ])
    expect(deleted.ok).toBe(true)
    expect(vote).toMatchObject({ ok: false, error: { code: 'capture/not-found' } })
    const after = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(after.synthesis.actions).toEqual([])
    expect(Object.keys(after.synthesis.noteVotes)).not.toContain(note.id)

    const [renamed, dropped] = await Promise.all([
      b.dispatch('synthesis:update-cluster', {
        sessionId: s.id,
        clusterId: 'clu00001',
        patch: { name: 'X' }
      }),
      b.dispatch('synthesis:delete-cluster', { sessionId: s.id, clusterId: 'clu00001' })
    ])
    expect(renamed.ok && dropped.ok).toBe(true)
    const placed = await b.dispatch('synthesis:place-note', {
      sessionId: s.id,
      noteId: s.captures[0]!.id,
      clusterId: 'clu00001'
    })
    expect(placed).toMatchObject({ ok: false, error: { code: 'capture/not-found' } })
    await b.close()
  })

  it('a backup restore moves the revision forward, never back to the backup’s', async () => {
    const { b, s } = await setUp()
    const [stamp] = await b.notebook.backups.runOnce()
    await value(b.dispatch('sessions:update', { id: s.id, details: { title: 'After the backup' } }))
    const before = await revisionOf(b, 'session', s.id)
    await value(b.dispatch('backups:restore', { sessionId: s.id, stamp: stamp! }))
    const restored = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(restored.title).toBe(s.title)
    expect(restored.revision).toBe(before + 1)
    // A screen that saw the session before the restore is caught.
    expect(
      await b.dispatch('sessions:set-agenda', { id: s.id, blocks: [], expectedRevision: before })
    ).toMatchObject({ ok: false, error: { code: 'storage/conflict' } })
    await b.close()
  })
})
