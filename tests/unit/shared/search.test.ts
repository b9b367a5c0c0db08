import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentPackSchema } from '../../../src/shared/content/schema'
import {
  buildIndex,
  highlightRanges,
  searchDocuments,
  searchLibrary,
  snippetOf
} from '../../../src/shared/content/search'

const pack = contentPackSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/content/uclg-plm-28.json'), 'utf8'))
)
const own = [
  {
    id: 'own-item-001',
    title: 'Leçon à ma façon',
    body: 'La résidence ouvre les droits.',
    language: 'fr' as const,
    purpose: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
]
const notes = [
  {
    id: 'annot-0001',
    target: 'uclg-plm-28:case-grenoble',
    text: 'Ask about the CCREG budget',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
]
const index = buildIndex(searchDocuments([{ pack, origin: 'bundled' }], own, notes))

describe('library search on the bundled pack', () => {
  it('"vecindad" finds the Barcelona case study in every language', () => {
    for (const lang of ['en', 'es', 'fr'] as const) {
      expect(searchLibrary(index, 'vecindad', lang).map((h) => h.ref)).toContain('uclg-plm-28:case-barcelona')
    }
  })

  it('ignores accents and case both ways: "region" finds "région", "REGIÓN" finds "region"', () => {
    const fr = searchLibrary(index, 'region', 'fr')
    expect(fr.length).toBeGreaterThan(0)
    expect(fr.some((h) => /région/i.test(h.snippet) || /région/i.test(h.title))).toBe(true)
    expect(searchLibrary(index, 'REGIÓN', 'en').length).toBeGreaterThan(0)
  })

  it('searches one language or all, listing each item once', () => {
    const all = searchLibrary(index, 'Grenoble', 'all')
    expect(new Set(all.map((h) => h.ref)).size).toBe(all.length)
    expect(searchLibrary(index, 'guichet', 'en')).toEqual([])
  })

  it('in all languages, shows the reader’s own version whenever it matches, once per item', () => {
    for (const prefer of ['en', 'es', 'fr', 'ar'] as const) {
      const hits = searchLibrary(index, 'vecindad', 'all', { prefer })
      const barcelona = hits.find((h) => h.ref === 'uclg-plm-28:case-barcelona')
      expect(barcelona).toMatchObject({
        lang: prefer,
        title: pack.items.find((i) => i.id === 'case-barcelona')!.title[prefer]
      })
      expect(barcelona!.languages[0]).toBe(prefer)
      // The Arabic edition quotes the Spanish word too, so every language matches.
      expect([...barcelona!.languages].sort()).toEqual(['ar', 'en', 'es', 'fr'])
      expect(new Set(hits.map((h) => h.ref)).size).toBe(hits.length)
      // Whatever matched in the reader's language is shown in it.
      const own = new Set(searchLibrary(index, 'vecindad', prefer).map((h) => h.ref))
      for (const hit of hits) expect(hit.lang === prefer).toBe(own.has(hit.ref))
    }
  })

  it('an item that matches only in other languages is shown in its best one, with every language that matched', () => {
    const hits = searchLibrary(index, 'guichet', 'all', { prefer: 'en' })
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.lang).not.toBe('en')
      expect(hit.languages).not.toContain('en')
      expect(hit.languages[0]).toBe(hit.lang)
    }
  })

  it('ranks items by their best match in any language, as without a preference', () => {
    const plain = searchLibrary(index, 'Grenoble', 'all').map((h) => h.ref)
    expect(searchLibrary(index, 'Grenoble', 'all', { prefer: 'es' }).map((h) => h.ref)).toEqual(plain)
    expect(searchLibrary(index, 'Grenoble', 'all', { limit: 3 })).toHaveLength(3)
  })

  it('an own item has no other versions: shown in the reader’s language, alone', () => {
    expect(searchLibrary(index, 'résidence droits', 'all', { prefer: 'es' })).toContainEqual(
      expect.objectContaining({ ref: 'yours:own-item-001', lang: 'es', languages: ['es'] })
    )
  })

  it('finds annotations (under their item) and own items', () => {
    expect(searchLibrary(index, 'CCREG budget', 'en')[0]?.ref).toBe('uclg-plm-28:case-grenoble')
    expect(searchLibrary(index, 'residence', 'es')[0]).toMatchObject({
      ref: 'yours:own-item-001',
      kind: 'yours'
    })
  })

  it('returns nothing for a one-letter query rather than the whole library', () => {
    expect(searchLibrary(index, 'a', 'en')).toEqual([])
  })
})

describe('highlighting', () => {
  it('marks whole words matching a folded prefix, mapped back onto the original accents', () => {
    const text = 'La Région et la région-capitale; regional.'
    expect(highlightRanges(text, ['region']).map(([a, b]) => text.slice(a, b))).toEqual([
      'Région',
      'région',
      'regional'
    ])
  })

  it('handles decomposed accents and never matches inside a word', () => {
    const text = 'Cafe\u0301 and precafé'
    expect(highlightRanges(text, ['cafe']).map(([a, b]) => text.slice(a, b))).toEqual(['Cafe\u0301'])
  })

  it('cuts a snippet around the first match', () => {
    const text = `${'word '.repeat(60)}the documento de vecindad matters ${'more '.repeat(60)}`
    const snippet = snippetOf(text, ['vecindad'])
    expect(snippet).toContain('documento de vecindad')
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.length).toBeLessThan(260)
  })
})
