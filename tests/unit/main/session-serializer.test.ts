import { describe, expect, it } from 'vitest'
import { serializeSession } from '../../../src/main/storage/session-serializer'
import { sessionSchema } from '../../../src/shared/planning/session'
import type { SessionFile } from '../../../src/main/storage/schemas'

const stamp = '2026-11-27T09:00:00.000Z'
const note = (i: number) => ({
  id: `note${String(i).padStart(6, '0')}`,
  createdAt: stamp,
  blockId: null,
  elapsedSeconds: i,
  type: 'quote' as const,
  text: `«Accès» n° ${i} — "quoted" \\ back\nline`,
  links: [],
  tags: ['accès'],
  speaker: null,
  consent: 'internal' as const
})
const session = (captures: ReturnType<typeof note>[]): SessionFile =>
  sessionSchema.parse({
    schemaVersion: 6,
    revision: 3,
    id: 'serializer01',
    title: 'Sérialisation',
    date: null,
    startTime: '09:00',
    plannedEnd: null,
    timeZone: 'UTC',
    place: '',
    online: false,
    languages: [],
    audience: '',
    objectives: '',
    notes: 'facilitator notes stay a string',
    consent: { chathamHouse: true, attributableQuotes: false, photos: false, note: '' },
    createdAt: stamp,
    updatedAt: stamp,
    blocks: [],
    personas: [],
    captures,
    journeys: [],
    synthesis: { clusters: [], noteVotes: {}, actions: [] },
    live: { startedAt: null, blocks: {} }
  })

describe('session serialiser', () => {
  it('produces the same JSON value as JSON.stringify, with and without notes', () => {
    for (const s of [session([]), session([note(1), note(2), note(3)])]) {
      expect(JSON.parse(serializeSession(s).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(s)))
    }
  })

  it('reflects appended, replaced and removed notes (notes are replaced, never edited in place)', () => {
    const s = session([note(1), note(2)])
    serializeSession(s)
    s.captures.push(note(3))
    s.captures[0] = { ...s.captures[0]!, text: 'edited' }
    s.captures.splice(1, 1)
    expect(
      JSON.parse(serializeSession(s).toString('utf8')).captures.map((n: { text: string }) => n.text)
    ).toEqual(['edited', note(3).text])
  })
})
