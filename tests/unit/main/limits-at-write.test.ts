import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import { LIMITS } from '../../../src/shared/limits'
import type { Session } from '../../../src/shared/planning/session'
import { hashTree, richSession } from '../../support/rich-session'
import { value } from '../../support/result-value'
import { generatedNotes as notes } from '../../support/generated-notes'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('limits are enforced where the write happens', () => {
  it('a capture at the notes limit is refused with its code and nothing is written; the full session backs up, verifies and reopens', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const base = await richSession(b.notebook)
    const full = await b.notebook.sessions.adopt({
      ...base,
      id: 'fullSession0001',
      captures: notes(LIMITS.session.captures),
      synthesis: { clusters: [], noteVotes: {}, actions: [] }
    })
    await b.notebook.sessions.flushAll()
    const before = await hashTree(dataDir)

    const refused = await b.dispatch('captures:add', {
      sessionId: full.id,
      type: 'idea',
      text: 'one too many',
      blockId: null
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'session/limit-reached' } })
    const restoredOne = await b.dispatch('captures:restore', {
      sessionId: full.id,
      note: { ...notes(1)[0]!, id: 'extraNote000001' }
    })
    expect(restoredOne).toMatchObject({ ok: false, error: { code: 'session/limit-reached' } })
    await b.notebook.sessions.flushAll()
    expect(await hashTree(dataDir)).toEqual(before)

    // The timed backup of a full session is written and verifies (it used to fail, logged only).
    const written = await b.notebook.backups.runOnce()
    expect(written.length).toBeGreaterThan(0)
    const entries = await b.notebook.backups.list(full.id)
    expect(entries.map((e) => e.valid)).toEqual([true])
    await b.close()

    b = await openBackend({ dataDir, mode: 'browser' })
    expect(await value(b.dispatch('notebook:status', undefined))).toMatchObject({ recovered: [] })
    const reopened = await value<Session>(b.dispatch('sessions:get', { id: full.id }))
    expect(reopened.captures).toHaveLength(LIMITS.session.captures)
    await b.close()
  })

  it('journey steps, clusters and actions stop at their limits too', async () => {
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    const base = await richSession(b.notebook)
    const step = base.journeys[0]!
    const full = await b.notebook.sessions.adopt({
      ...base,
      id: 'fullSession0002',
      journeys: Array.from({ length: LIMITS.session.journeys }, (_, i) => ({
        ...step,
        id: `step${String(i).padStart(8, '0')}`
      })),
      synthesis: {
        clusters: Array.from({ length: LIMITS.synthesis.clusters }, (_, i) => ({
          id: `clus${String(i).padStart(8, '0')}`,
          name: `C${i}`,
          noteIds: [],
          votes: 0
        })),
        noteVotes: {},
        actions: Array.from({ length: LIMITS.synthesis.actions }, (_, i) => ({
          ...base.synthesis.actions[0]!,
          id: `acti${String(i).padStart(8, '0')}`,
          noteIds: []
        }))
      }
    })
    const codes = await Promise.all([
      b.dispatch('journeys:add', {
        sessionId: full.id,
        personaId: 'per0001',
        place: 'space',
        label: 'Park',
        outcome: 'door',
        note: ''
      }),
      b.dispatch('synthesis:add-cluster', { sessionId: full.id, name: 'One more' }),
      b.dispatch('actions:add', { sessionId: full.id, text: 'One more' })
    ])
    expect(codes.map((r) => (r.ok ? 'written' : r.error.code))).toEqual([
      'session/limit-reached',
      'session/limit-reached',
      'session/limit-reached'
    ])
    await b.close()
  })
})
