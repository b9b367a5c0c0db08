import { describe, expect, it } from 'vitest'
import { exportableNotes, previewExport } from '../../../src/shared/pdf'
import type { Note } from '../../../src/shared/planning/capture'
import { SECRETS, SHARED, loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'

const note = (id: string, patch: Partial<Note>): Note => ({
  id,
  createdAt: '2026-03-16T09:00:00.000Z',
  blockId: null,
  elapsedSeconds: null,
  type: 'insight',
  text: `text of ${id}`,
  links: [],
  tags: [],
  speaker: 'Groupe A',
  consent: 'shareable',
  ...patch
})
const consent = (patch: Partial<{ chathamHouse: boolean; attributableQuotes: boolean }> = {}) => ({
  chathamHouse: false,
  attributableQuotes: true,
  photos: false,
  note: '',
  ...patch
})

describe('which notes may leave', () => {
  it('never lets internal or not-for-export notes out, and counts why', () => {
    const { notes, counts } = exportableNotes({
      consent: consent(),
      captures: [
        note('a0000001', { consent: 'internal' }),
        note('a0000002', { consent: 'not-for-export' }),
        note('a0000003', {})
      ]
    })
    expect(notes.map((n) => n.id)).toEqual(['a0000003'])
    expect(counts).toMatchObject({ total: 3, included: 1, excluded: { internal: 1, 'not-for-export': 1 } })
  })

  it('strips the speaker of anonymous notes', () => {
    const { notes, counts } = exportableNotes({
      consent: consent(),
      captures: [note('a0000001', { consent: 'anonymous', speaker: 'Ana' })]
    })
    expect(notes[0]?.speaker).toBeNull()
    expect(counts.speakersRemoved.anonymous).toBe(1)
  })

  it('keeps quotes out unless quotes may be attributed', () => {
    const captures = [note('a0000001', { type: 'quote' }), note('a0000002', {})]
    const off = exportableNotes({ consent: consent({ attributableQuotes: false }), captures })
    expect(off.notes.map((n) => n.id)).toEqual(['a0000002'])
    expect(off.counts.excluded['quotes-not-allowed']).toBe(1)
    const on = exportableNotes({ consent: consent(), captures })
    expect(on.notes.map((n) => n.id)).toEqual(['a0000001', 'a0000002'])
  })

  it('names a quote’s speaker only for a shareable quote', () => {
    const { notes } = exportableNotes({
      consent: consent({ chathamHouse: true }),
      captures: [
        note('a0000001', { type: 'quote', speaker: 'Lía' }),
        note('a0000002', { type: 'quote', speaker: 'Ana', consent: 'anonymous' })
      ]
    })
    expect(notes.map((n) => n.speaker)).toEqual(['Lía', null])
  })

  it('under the Chatham House rule, other notes carry no speaker', () => {
    const { notes, counts } = exportableNotes({
      consent: consent({ chathamHouse: true }),
      captures: [note('a0000001', {})]
    })
    expect(notes[0]?.speaker).toBeNull()
    expect(counts.speakersRemoved['chatham-house']).toBe(1)
    expect(exportableNotes({ consent: consent(), captures: [note('a0000001', {})] }).notes[0]?.speaker).toBe(
      'Groupe A'
    )
  })

  it('carries the dot votes of each note', () => {
    const { notes } = exportableNotes({
      consent: consent(),
      captures: [note('a0000001', {})],
      synthesis: { noteVotes: { a0000001: 4 } }
    })
    expect(notes[0]?.votes).toBe(4)
  })
})

describe('the preview counts', () => {
  const pack = loadPack()
  const catalog = loadCatalog()

  it('match the fixture: two kept back, one speaker removed, internal cluster not counted', () => {
    const preview = previewExport({ session: richSession(), pack, catalog }).outcome
    expect(preview).toMatchObject({
      total: 11,
      included: 9,
      excluded: { internal: 1, 'not-for-export': 1, 'quotes-not-allowed': 0 },
      speakersRemoved: { anonymous: 2, 'chatham-house': 0 },
      clusters: 2,
      actions: 2,
      journeySteps: 3,
      personas: 2,
      quotesAllowed: true
    })
  })

  it('agree with what the notes list holds', () => {
    const session = richSession()
    const { notes } = exportableNotes(session)
    const texts = notes.map((n) => `${n.text} ${n.speaker ?? ''}`).join('\n')
    for (const secret of Object.values(SECRETS)) expect(texts).not.toContain(secret)
    expect(texts).toContain(SHARED.quoteSpeaker)
    expect(previewExport({ session, pack, catalog }).outcome.included).toBe(notes.length)
  })
})

describe('quotes in the brief', () => {
  it('wraps a quote in the language’s marks, but never twice', async () => {
    const { quoted } = await import('../../../src/shared/pdf/outcome-notes')
    expect(quoted('fr', 'On attend')).toBe('«\u00a0On attend\u00a0»')
    expect(quoted('es', 'Esperamos')).toBe('«Esperamos»')
    expect(quoted('en', 'We wait')).toBe('“We wait”')
    expect(quoted('fr', '« Revenez demain. »')).toBe('« Revenez demain. »')
    expect(quoted('en', '"Come back tomorrow."')).toBe('"Come back tomorrow."')
  })
})
