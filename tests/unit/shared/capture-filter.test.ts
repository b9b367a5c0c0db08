import { describe, expect, it } from 'vitest'
import type { Note } from '../../../src/shared/planning/capture'
import { filterNotes, hashtags, NO_FILTERS } from '../../../src/shared/planning/capture-filter'

const note = (id: string, fields: Partial<Note>): Note => ({
  id: `note-${id}-0000`,
  createdAt: '2026-03-16T09:00:00.000Z',
  blockId: null,
  elapsedSeconds: null,
  type: 'insight',
  text: id,
  links: [],
  tags: [],
  speaker: null,
  consent: 'internal',
  ...fields
})

const notes = [
  note('a', { type: 'barrier', blockId: 'b1', tags: ['logement'], links: ['uclg-plm-28:case-grenoble'] }),
  note('b', {
    type: 'quote',
    blockId: 'b2',
    consent: 'shareable',
    speaker: 'Groupe Sud',
    text: 'Le guichet ferme à midi'
  }),
  note('c', { blockId: null, tags: ['logement', 'santé'] })
]
const texts = (f: Partial<typeof NO_FILTERS>) =>
  filterNotes(notes, { ...NO_FILTERS, ...f }).map((n) => n.text)

describe('capture list filters', () => {
  it('shows everything newest first without filters', () => {
    expect(texts({})).toEqual(['c', 'Le guichet ferme à midi', 'a'])
  })
  it('filters by type, block (or none), consent, tag and linked item, and combines them', () => {
    expect(texts({ type: 'barrier' })).toEqual(['a'])
    expect(texts({ blockId: 'b2' })).toEqual(['Le guichet ferme à midi'])
    expect(texts({ blockId: '' })).toEqual(['c'])
    expect(texts({ consent: 'shareable' })).toEqual(['Le guichet ferme à midi'])
    expect(texts({ tag: 'logement' })).toEqual(['c', 'a'])
    expect(texts({ link: 'uclg-plm-28:case-grenoble' })).toEqual(['a'])
    expect(texts({ tag: 'logement', blockId: 'b1' })).toEqual(['a'])
  })
  it('searches text, speaker and tags ignoring case and accents', () => {
    expect(texts({ query: 'GUICHET' })).toEqual(['Le guichet ferme à midi'])
    expect(texts({ query: 'groupe sud' })).toEqual(['Le guichet ferme à midi'])
    expect(texts({ query: 'sante' })).toEqual(['c'])
  })
  it('reads #hashtags from the typed text as tags, lower-cased and unique', () => {
    expect(hashtags('Attente #Logement au #guichet, encore #logement #santé')).toEqual([
      'logement',
      'guichet',
      'santé'
    ])
    expect(hashtags('no tags # here')).toEqual([])
  })
})
