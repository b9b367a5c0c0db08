import type { Backend } from '../../src/main/backend'
import type { Session } from '../../src/shared/planning/session'
import { revised, value } from './result-value'

/** Typed into every free-text field of the day; a raw search of the data folder must never find it. */
export const MARK = 'Zqx7Marker'
export const MARK_SPEAKER = `${MARK}Speaker`

/**
 * A facilitator's day through the dispatcher, as the renderer would drive it: sessions with every
 * part filled in, 200 captures, journeys, synthesis, Library notes, templates, views and boards,
 * a deleted session in the trash, backups, and a pseudonym erased at the end.
 */
export async function scriptedDay(b: Backend, captures = 200): Promise<{ sessionId: string }> {
  const call = <T>(channel: string, input: unknown) => value<T>(b.dispatch(channel, input))
  const s = await call<Session>('sessions:create', { title: `${MARK} Grenoble`, place: `${MARK} hall` })
  await call('sessions:update', {
    id: s.id,
    details: { audience: `${MARK} audience`, objectives: `${MARK} goals`, notes: `${MARK} notes` }
  })
  await call('sessions:set-agenda', {
    id: s.id,
    blocks: [
      {
        id: 'blk0001',
        title: `${MARK} welcome`,
        kind: 'activity',
        methodId: null,
        durationMinutes: 20,
        notes: `${MARK} block notes`,
        materials: `${MARK} materials`,
        links: [],
        protected: false,
        day: 1
      }
    ]
  })
  await call('sessions:set-personas', {
    id: s.id,
    personas: [
      {
        id: 'per0001',
        name: `${MARK} Samira`,
        age: 34,
        gender: '',
        family: `${MARK} family`,
        education: '',
        timeSinceArrival: '2 years',
        administrativeStatus: `${MARK} status`,
        vulnerabilities: `${MARK} fears`,
        story: `${MARK} story`,
        fictional: true,
        group: 'Group A'
      }
    ]
  })
  const noteIds: string[] = []
  for (let i = 0; i < captures; i++) {
    const note = await revised<{ id: string }>(
      b.dispatch('captures:add', {
        sessionId: s.id,
        type: 'quote',
        text: `${MARK} said thing ${i}`,
        blockId: null,
        links: [],
        tags: [MARK.toLowerCase()],
        speaker: i % 2 ? MARK_SPEAKER : `${MARK} Other`,
        consent: 'internal'
      })
    )
    noteIds.push(note.id)
  }
  await call('captures:update', { sessionId: s.id, noteId: noteIds[0], patch: { text: `${MARK} edited` } })
  await call('journeys:add', {
    sessionId: s.id,
    personaId: 'per0001',
    place: 'institution',
    label: `${MARK} town hall`,
    outcome: 'wall',
    note: `${MARK} sent away`
  })
  await call('synthesis:add-cluster', {
    sessionId: s.id,
    name: `${MARK} access`,
    noteIds: noteIds.slice(0, 3)
  })
  await call('actions:add', {
    sessionId: s.id,
    text: `${MARK} call back`,
    owner: `${MARK} owner`,
    noteIds: []
  })
  await call('own-items:save', { title: `${MARK} own`, body: `${MARK} body`, language: 'en', purpose: null })
  await call('annotations:save', { target: 'uclg-plm-28:case-barcelona', text: `${MARK} private note` })
  await call('templates:save', { id: s.id, title: `${MARK} template` })
  await call('views:save', { name: `${MARK} view`, query: { q: MARK } })
  const board = await revised<{ id: string }>(
    b.dispatch('boards:create', { name: `${MARK} board`, query: {} })
  )
  await call('boards:add-theme', { boardId: board.id, name: `${MARK} theme` })
  const gone = await call<Session>('sessions:duplicate', { id: s.id, title: `${MARK} copy` })
  await call('sessions:delete', { id: gone.id })
  await b.notebook.backups.runOnce()
  await revised(
    b.dispatch('captures:add', {
      sessionId: s.id,
      type: 'idea',
      text: `${MARK} after backup`,
      blockId: null,
      speaker: MARK_SPEAKER,
      consent: 'internal'
    })
  )
  await b.notebook.backups.runOnce()
  await call('erase:pseudonym', { name: MARK_SPEAKER, dryRun: false })
  return { sessionId: s.id }
}
