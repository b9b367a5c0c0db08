import { describe, expect, it } from 'vitest'
import type { Note } from '../../../src/shared/planning/capture'
import type { Session } from '../../../src/shared/planning/session'
import type { ProjectorView } from '../../../src/shared/projector/view'
import type { RoomQueueItem } from '../../../src/shared/room/facilitator'
import { revised, value } from '../../support/result-value'
import { openRoom, roomBackend, roomRequest } from '../../support/room'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

const block = (id: string, title: string, links: string[]) => ({
  id,
  title,
  kind: 'activity',
  methodId: null,
  durationMinutes: 20,
  notes: 'PRIVATE-BLOCK-NOTE',
  materials: '',
  links,
  protected: false,
  day: 1
})

/** A live session in Spanish whose notes include what must never reach a wall. */
async function setUp() {
  const b = await roomBackend(await tempDir())
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Sala', languages: ['es'] }))
  await value(
    b.dispatch('sessions:set-agenda', {
      id: s.id,
      blocks: [block('blk0001', 'Ronda', ['uclg-plm-28:prompt-residence-not-nationality'])]
    })
  )
  await value(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blk0001', event: 'start' }))
  await value(
    b.dispatch('captures:add', {
      sessionId: s.id,
      type: 'quote',
      text: 'INTERNAL-ONLY',
      blockId: 'blk0001',
      speaker: 'Amina',
      consent: 'internal'
    })
  )
  const state = () => value<ProjectorView>(b.dispatch('projector:state', { sessionId: s.id }))
  const set = (change: Record<string, unknown>) => b.dispatch('projector:set', { sessionId: s.id, ...change })
  return { b, s, state, set }
}

describe('projector service', () => {
  it('starts in the session’s languages, takes one or two, blanks to nothing, and opens no window in browser mode', async () => {
    const { b, s, state, set } = await setUp()
    const first = await state()
    expect(first.settings).toEqual({ blank: false, languages: ['es'] })
    expect(first.screen?.block?.title).toBe('Ronda')
    expect(first.screen?.prompts).toEqual([
      { language: 'es', title: 'Vivir aquí, no el pasaporte', text: expect.stringContaining('Imagine que') }
    ])
    expect(await value<ProjectorView>(set({ languages: ['es', 'fr'] }))).toMatchObject({
      screen: { prompts: [{ language: 'es' }, { language: 'fr' }] }
    })
    for (const languages of [[], ['es', 'es'], ['es', 'fr', 'en'], ['de']])
      expect(await set({ languages })).toMatchObject({
        ok: false,
        error: { code: 'validation/invalid-input' }
      })
    expect(await value(set({ blank: true }))).toEqual({
      settings: { blank: true, languages: ['es', 'fr'] },
      screen: null
    })
    expect((await state()).screen).toBeNull()
    expect(await b.dispatch('projector:open', { sessionId: s.id })).toMatchObject({
      ok: false,
      error: { code: 'projector/no-window' }
    })
    expect(await b.dispatch('projector:state', { sessionId: 'ses9999999' })).toMatchObject({
      ok: false,
      error: { code: 'session/not-found' }
    })
    const wire = JSON.stringify(await value(set({ blank: false })))
    for (const secret of ['INTERNAL-ONLY', 'Amina', 'PRIVATE-BLOCK-NOTE']) expect(wire).not.toContain(secret)
    await b.close()
  })

  it('shows the join card while the room is open, and contributions and votes only once the facilitator shows them', async () => {
    const { b, s, state } = await setUp()
    expect((await state()).screen?.join).toBeNull()
    const room = await openRoom(b, s.id)
    const join = (await state()).screen?.join
    expect(join).toMatchObject({ url: room.url, code: room.code })
    expect(join?.qr.length).toBeGreaterThan(20)

    await roomRequest(room.port, {
      path: '/room/api/submit',
      body: { code: room.code, text: 'Open the library on Sundays', kind: 'idea', pseudonym: 'Karim' },
      client: '127.0.1.1'
    })
    const [item] = await value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
    const note = await revised<Note>(b.dispatch('room:accept', { sessionId: s.id, itemId: item!.id }))
    expect((await state()).screen).toMatchObject({ contributions: null, votes: null })

    const cluster = await revised<{ id: string }>(
      b.dispatch('synthesis:add-cluster', { sessionId: s.id, name: 'Libraries', noteIds: [note.id] })
    )
    await value(
      b.dispatch('room:publish', {
        sessionId: s.id,
        prompt: 'What would you change first?',
        clusterIds: [cluster.id],
        showContributions: true,
        showVotes: true
      })
    )
    const shown = await state()
    expect(shown.screen?.contributions).toEqual([
      { id: note.id, type: 'idea', text: 'Open the library on Sundays' }
    ])
    expect(shown.screen?.votes).toEqual([{ id: cluster.id, name: 'Libraries', votes: 0 }])
    expect(shown.screen?.prompts).toEqual([
      { language: null, title: null, text: 'What would you change first?' }
    ])
    expect(JSON.stringify(shown)).not.toContain('Karim')

    // Marked internal afterwards, it leaves the wall at once.
    await value(
      b.dispatch('captures:update', { sessionId: s.id, noteId: note.id, patch: { consent: 'internal' } })
    )
    expect((await state()).screen?.contributions).toEqual([])

    await value(b.dispatch('room:close', { sessionId: s.id }))
    expect((await state()).screen).toMatchObject({ join: null, contributions: null, votes: null })
    await b.close()
  })
})
