import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { cardCount, exportableNotes, previewExport } from '../../../src/shared/pdf'
import { loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'

/** The export dialog's preview, one part per document, worked out by the code that builds the files. */
const pack = loadPack()
const catalog = loadCatalog()
const title = (id: string) => pack.items.find((i) => i.id === id)!.title
const method = (id: string) => catalog.methods.find((m) => m.id === id)!.title
const briefInput = (session = richSession()) => ({
  session,
  pack,
  catalog,
  language: 'en' as const,
  pageSize: 'A4' as const,
  generatedAt: new Date('2026-03-17T10:00:00Z')
})

describe('the outcome brief (and Markdown) preview: notes, with the reasons others stay', () => {
  it('is exactly what consent lets out', () => {
    const session = richSession()
    const { outcome } = previewExport({ session, pack, catalog })
    const { counts } = exportableNotes(session)
    expect(outcome).toMatchObject({ ...counts, clusters: 2, actions: 2, journeySteps: 3, personas: 2 })
  })
})

describe('the cards preview: which cards, in print order, and no notes', () => {
  it('lists the session’s prompts, personas, case studies and methods, with titles in every language', () => {
    const { cards } = previewExport({ session: richSession(), pack, catalog })
    expect(cards.groups.map((g) => [g.kind, g.fromSession, g.titles.length])).toEqual([
      ['prompt', true, 2],
      ['persona', true, 2],
      ['case-study', true, 2],
      ['method', true, 4]
    ])
    const [prompts, personas, cases, methods] = cards.groups
    expect(prompts!.titles).toEqual([
      title('prompt-residence-not-nationality'),
      title('prompt-citizenship-card')
    ])
    expect(personas!.titles).toEqual([
      { en: 'Ñusta', es: 'Ñusta', fr: 'Ñusta', ar: 'Ñusta' },
      { en: 'Amaïa', es: 'Amaïa', fr: 'Amaïa', ar: 'Amaïa' }
    ])
    expect(cases!.titles).toEqual([title('case-barcelona'), title('case-grenoble')])
    expect(methods!.titles[0]).toEqual(method('check-in-many-languages'))
    expect(cards.total).toBe(10)
    expect(cards.total).toBe(cardCount(briefInput()))
    expect(cards.pages).toBe(3)
    // Nothing about notes: the cards carry none.
    expect(Object.keys(cards).sort()).toEqual(['groups', 'pages', 'total'])
  })

  it('says when a kind is the whole set because the session uses none of it', () => {
    const session = richSession({ blocks: [], personas: [] })
    const { cards } = previewExport({ session, pack, catalog })
    expect(cards.groups.every((g) => !g.fromSession)).toBe(true)
    const persona = cards.groups.find((g) => g.kind === 'persona')!
    expect(persona.titles.map((t) => t.en)).toEqual(catalog.personas.map((p) => p.name))
    expect(cards.groups.find((g) => g.kind === 'method')!.titles).toHaveLength(catalog.methods.length)
    expect(cards.total).toBe(cardCount(briefInput(session)))
    expect(cards.pages).toBe(Math.ceil(cards.total / 4))
  })

  it('agrees with the deck the file prints, in every language', () => {
    for (const language of LANGUAGES) {
      const session = richSession({ personas: [] })
      const { cards } = previewExport({ session, pack, catalog })
      expect(cards.total).toBe(cardCount({ ...briefInput(session), language }))
    }
  })
})

describe('the facilitator pack preview: its parts', () => {
  it('counts the agenda, the library texts it links, the personas', () => {
    const { facilitatorPack } = previewExport({ session: richSession(), pack, catalog })
    expect(facilitatorPack).toEqual({
      blocks: 5,
      days: 1,
      totalMinutes: 170,
      linkedItems: 5,
      personas: 2
    })
  })

  it('an empty session has an empty run sheet and no personas', () => {
    const { facilitatorPack } = previewExport({
      session: richSession({ blocks: [], personas: [] }),
      pack,
      catalog
    })
    expect(facilitatorPack).toEqual({ blocks: 0, days: 0, totalMinutes: 0, linkedItems: 0, personas: 0 })
  })
})
