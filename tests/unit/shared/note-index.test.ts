import { describe, expect, it } from 'vitest'
import { NoteIndex } from '../../../src/shared/insights/note-index'
import type { InsightQueryInput } from '../../../src/shared/insights/query'
import { insightQuerySchema } from '../../../src/shared/insights/query-schema'
import type { Note } from '../../../src/shared/planning/capture'

const note = (id: string, text: string, over: Partial<Note> = {}): Note => ({
  id,
  createdAt: '2026-03-16T09:00:00.000Z',
  blockId: null,
  elapsedSeconds: null,
  type: 'idea',
  text,
  links: [],
  tags: [],
  speaker: null,
  consent: 'anonymous',
  ...over
})
const facts = (sessionId: string, place: string, date: string | null = null) => ({
  sessionId,
  title: `Session ${place}`,
  place,
  date,
  origin: null,
  blockTitles: new Map<string, string>()
})
const search = (index: NoteIndex, q: InsightQueryInput) => index.search(insightQuerySchema.parse(q), 0, 100)

describe('NoteIndex', () => {
  it('never finds an edited note by its old words, through thousands of edits and slot reuse', () => {
    const index = new NoteIndex()
    index.setSession(facts('sessionAAAA', 'Valencia'))
    index.upsert('sessionAAAA', note('noteAAAAA0', 'stays here'), null, 0)
    for (let i = 0; i < 3000; i++)
      index.upsert('sessionAAAA', note('noteAAAAA1', `version${i} texto`), null, 0)
    expect(search(index, { q: 'version2999' }).rows.map((r) => r.text)).toEqual(['version2999 texto'])
    expect(search(index, { q: 'version1' }).total).toBe(0)
    expect(search(index, { q: 'version10' }).total).toBe(0)
    expect(search(index, { q: 'texto' }).total).toBe(1)
    expect(search(index, { q: 'stays' }).total).toBe(1)
    expect(index.size).toBe(2)
  })

  it('re-dates every note when the session gets a date, and filters by it', () => {
    const index = new NoteIndex()
    index.setSession(facts('sessionBBBB', 'Sousse'))
    index.upsert('sessionBBBB', note('noteBBBBB1', 'un'), null, 0)
    expect(search(index, { from: '2026-03-16', to: '2026-03-16' }).total).toBe(1)
    index.setSession(facts('sessionBBBB', 'Sousse', '2024-05-01'))
    expect(search(index, { from: '2026-03-16' }).total).toBe(0)
    expect(search(index, { to: '2024-05-01' }).rows[0]?.day).toBe('2024-05-01')
  })

  it('orders by votes and by session title, and keeps votes and clusters with each note', () => {
    const index = new NoteIndex()
    index.setSession(facts('sessionCCCC', 'Zaragoza'))
    index.setSession(facts('sessionDDDD', 'Albacete'))
    index.upsert('sessionCCCC', note('noteCCCCC1', 'few'), 'Access', 1)
    index.upsert('sessionDDDD', note('noteDDDDD1', 'many'), null, 7)
    expect(search(index, { sort: 'votes' }).rows.map((r) => [r.text, r.votes])).toEqual([
      ['many', 7],
      ['few', 1]
    ])
    expect(search(index, { sort: 'session' }).rows.map((r) => r.sessionTitle)).toEqual([
      'Session Albacete',
      'Session Zaragoza'
    ])
    expect(search(index, { cluster: ['Access'] }).rows.map((r) => r.cluster)).toEqual(['Access'])
    index.upsert('sessionCCCC', note('noteCCCCC1', 'few'), null, 1)
    expect(search(index, { cluster: ['Access'] }).total).toBe(0)
  })
})
