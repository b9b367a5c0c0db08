import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { sessionPatches, type SessionChannel } from '../../../src/renderer/src/api/session-patches'
import type { Session } from '../../../src/shared/planning/session'
import { richSession } from '../../support/rich-session'
import { value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** One real call of every channel the renderer patches its cache from (no id or revision: added below). */
const calls: { [C in SessionChannel]: (s: Session) => Record<string, unknown> } = {
  'sessions:update': () => ({ details: { title: 'Renamed', place: 'Sousse' } }),
  'sessions:set-agenda': (s) => ({ blocks: [...s.blocks].reverse() }),
  'sessions:set-personas': () => ({ personas: [] }),
  'captures:add': () => ({ type: 'idea', text: 'A new idea #housing', blockId: null, tags: ['housing'] }),
  'captures:update': (s) => ({ noteId: s.captures[1]!.id, patch: { text: 'edited', consent: 'anonymous' } }),
  'captures:delete': (s) => ({ noteId: s.captures[0]!.id }),
  'captures:restore': (s) => ({
    note: { ...s.captures[0]!, id: 'restoredNote01', createdAt: s.captures[0]!.createdAt }
  }),
  'live:mark': () => ({ blockId: 'blk0001', event: 'start' }),
  'journeys:add': () => ({
    personaId: 'per0001',
    place: 'service',
    label: 'Clinic',
    outcome: 'door',
    note: ''
  }),
  'journeys:update': (s) => ({ stepId: s.journeys[0]!.id, patch: { outcome: 'door', note: 'after all' } }),
  'journeys:delete': (s) => ({ stepId: s.journeys[0]!.id }),
  'synthesis:add-cluster': (s) => ({ name: 'Trust', noteIds: [s.captures[0]!.id] }),
  'synthesis:update-cluster': () => ({ clusterId: 'clu00001', patch: { name: 'Access', votes: 5 } }),
  'synthesis:delete-cluster': () => ({ clusterId: 'clu00001' }),
  'synthesis:place-note': (s) => ({ noteId: s.captures[2]!.id, clusterId: 'clu00001', index: 0 }),
  'synthesis:vote-note': (s) => ({ noteId: s.captures[1]!.id, votes: 3 }),
  'actions:add': (s) => ({
    text: 'Call the clinic',
    owner: 'Amal',
    due: '2026-12-01',
    noteIds: [s.captures[1]!.id]
  }),
  'actions:update': () => ({ actionId: 'act00001', patch: { done: true } }),
  'actions:delete': () => ({ actionId: 'act00001' })
}

const get = (b: Backend, id: string) => value<Session>(b.dispatch('sessions:get', { id }))
/** What the renderer compares: everything but the server's own clock stamp. */
const comparable = (s: Session) => ({ ...s, updatedAt: '' })

describe('the renderer patches its cached session exactly as main changed it', () => {
  it.each(Object.keys(calls) as SessionChannel[])(
    '%s: the patched cache equals a fresh fetch',
    async (channel) => {
      const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
      const created = await richSession(b.notebook)
      const cached = await get(b, created.id)
      const vars = calls[channel](cached)
      const idField = channel.startsWith('sessions:') ? 'id' : 'sessionId'
      const output = await value<{ revision: number }>(
        b.dispatch(channel, {
          ...vars,
          [idField]: cached.id,
          // Captures commute: the data layer sends them without a revision.
          ...(channel === 'captures:add' ? {} : { expectedRevision: cached.revision })
        })
      )
      const patch = sessionPatches[channel] as (s: Session, o: unknown, v: unknown) => Session
      const patched = patch(cached, output, vars)
      const fresh = await get(b, cached.id)
      // The data layer sets the revision from the answer (captures leave it as it is).
      expect(comparable({ ...patched, revision: output.revision })).toEqual(comparable(fresh))
      await b.close()
    }
  )
})
