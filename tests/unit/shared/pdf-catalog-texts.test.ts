import { describe, expect, it } from 'vitest'
import type { Language } from '../../../src/shared/i18n/languages'
import { LIMITS } from '../../../src/shared/limits'
import { buildDocument, buildMarkdown } from '../../../src/shared/pdf'
import {
  localizedBlock,
  localizedPersona,
  localizedSession,
  translated
} from '../../../src/shared/pdf/catalog-texts'
import { contextOf } from '../../../src/shared/pdf/input'
import type { PlanningCatalog } from '../../../src/shared/planning/catalog-schema'
import type { AgendaBlock, Persona } from '../../../src/shared/planning/session'
import { loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'
import { localizedText } from '../../../src/shared/content/localized'

const catalog = loadCatalog()
const pack = loadPack()
const dorin = catalog.personas.find((p) => p.id === 'persona-dorin')!

/** What PersonasEditor's "add sample" stores: the sample's texts in the screen's language. */
function copiedSample(sample: PlanningCatalog['personas'][number], lang: Language): Persona {
  return {
    id: 'persona0001',
    name: sample.name,
    age: sample.age,
    gender: localizedText(sample.gender, lang),
    family: localizedText(sample.family, lang),
    education: localizedText(sample.education, lang),
    timeSinceArrival: localizedText(sample.timeSinceArrival, lang),
    administrativeStatus: localizedText(sample.administrativeStatus, lang),
    vulnerabilities: localizedText(sample.vulnerabilities, lang).slice(0, LIMITS.persona.vulnerabilities),
    story: localizedText(sample.story, lang).slice(0, LIMITS.persona.story),
    fictional: true,
    group: null
  }
}

/** What sessions-service copies from a template, in the language chosen at creation. */
function copiedTemplate(templateId: string, lang: Language): AgendaBlock[] {
  const template = catalog.templates.find((t) => t.id === templateId)!
  return template.blocks.map((b, i) => ({
    id: `block${String(i).padStart(5, '0')}`,
    title: localizedText(b.title, lang),
    kind: b.kind,
    methodId: b.methodId ?? null,
    durationMinutes: b.durationMinutes,
    notes: localizedText(b.notes, lang) ?? '',
    materials: b.methodId
      ? localizedText(catalog.methods.find((m) => m.id === b.methodId)!.materials, lang).slice(
          0,
          LIMITS.block.materials
        )
      : '',
    links: [...b.links],
    protected: b.protected,
    day: b.day ?? 1
  }))
}

describe('sample personas follow the export language', () => {
  it('a sample added in French prints in English on English cards ("Gender: Man", not "Homme")', () => {
    const persona = copiedSample(dorin, 'fr')
    expect(persona.gender).toBe('Homme')
    const en = localizedPersona(persona, catalog, 'en')
    expect(en).toMatchObject({
      name: 'Dorin',
      age: dorin.age,
      gender: 'Man',
      family: dorin.family.en,
      education: dorin.education.en,
      timeSinceArrival: dorin.timeSinceArrival.en,
      administrativeStatus: dorin.administrativeStatus.en,
      vulnerabilities: dorin.vulnerabilities.en,
      story: dorin.story.en,
      group: null
    })
  })

  it('from and to every language, and back to the same text in its own', () => {
    for (const from of ['en', 'es', 'fr'] as const)
      for (const to of ['en', 'es', 'fr'] as const) {
        const out = localizedPersona(copiedSample(dorin, from), catalog, to)
        expect(out.story).toBe(dorin.story[to])
        expect(out.family).toBe(dorin.family[to])
      }
  })

  it('keeps what the facilitator typed or changed, even by one character, exactly as typed', () => {
    const persona = {
      ...copiedSample(dorin, 'fr'),
      story: `${dorin.story.fr} Il a trouvé un emploi.`,
      education: 'Électricien, formé à Chișinău',
      group: 'Groupe A'
    }
    const en = localizedPersona(persona, catalog, 'en')
    expect(en.story).toBe(persona.story)
    expect(en.education).toBe('Électricien, formé à Chișinău')
    expect(en.group).toBe('Groupe A')
    // The fields left alone still follow the export.
    expect(en.gender).toBe('Man')
    expect(en.family).toBe(dorin.family.en)
  })

  it('a renamed sample still translates, field by field, where the text is unmistakable', () => {
    const en = localizedPersona({ ...copiedSample(dorin, 'es'), name: 'Ion' }, catalog, 'en')
    expect(en.name).toBe('Ion')
    expect(en.gender).toBe('Man')
    expect(en.story).toBe(dorin.story.en)
  })

  it('an own persona keeps its words, even short ones a sample shares ("Homme", "2 ans")', () => {
    const own: Persona = {
      ...copiedSample(dorin, 'fr'),
      name: 'Samira',
      gender: dorin.gender.fr,
      family: 'Deux enfants',
      education: '',
      timeSinceArrival: dorin.timeSinceArrival.fr,
      administrativeStatus: '',
      vulnerabilities: '',
      story: 'Fictive.'
    }
    expect(localizedPersona(own, catalog, 'es')).toEqual(own)
  })
})

describe('the matching rules', () => {
  const text = (en: string, es: string, fr: string) => ({ text: { en, es, fr } })

  it('ignores surrounding white space, and never matches an empty field', () => {
    expect(translated('  Homme ', 'en', [text('Man', 'Hombre', 'Homme')])).toBe('Man')
    expect(translated('', 'en', [text('', '', '')])).toBe('')
  })

  it('recognises a copy cut at the field’s limit', () => {
    const long = { en: 'E'.repeat(30), es: 'S'.repeat(30), fr: `${'F'.repeat(19)} rest of it` }
    expect(translated('F'.repeat(19), 'en', [{ text: long, limit: 20 }])).toBe(long.en)
    // A prefix that is not at the limit is the facilitator's own shortening.
    expect(translated('F'.repeat(10), 'en', [{ text: long, limit: 20 }])).toBe('F'.repeat(10))
  })

  it('keeps a text two catalog entries translate differently, unless the closest one decides', () => {
    const a = text('Break', 'Pausa', 'Pause')
    const b = text('Pause', 'Pausa', 'Pause')
    expect(translated('Pausa', 'en', [], [a, b])).toBe('Pausa')
    expect(translated('Pausa', 'en', [a], [a, b])).toBe('Break')
    // Candidates that agree are no ambiguity.
    expect(translated('Pausa', 'en', [], [a, a])).toBe('Break')
  })
})

describe('template blocks follow the export language', () => {
  it('titles, notes and method materials copied in French print in Spanish', () => {
    const template = catalog.templates.find((t) => t.id === 'half-day-peer-learning')!
    const fr = copiedTemplate(template.id, 'fr')
    const es = fr.map((b) => localizedBlock(b, catalog, 'es'))
    expect(es).toEqual(copiedTemplate(template.id, 'es'))
    expect(es.find((b) => b.kind === 'break')?.title).toBe('Pausa')
  })

  it('every template, every pair of languages', () => {
    for (const template of catalog.templates)
      for (const from of ['en', 'es', 'fr'] as const)
        for (const to of ['en', 'es', 'fr'] as const) {
          const out = copiedTemplate(template.id, from).map((b) => localizedBlock(b, catalog, to))
          expect(out).toEqual(copiedTemplate(template.id, to))
        }
  })

  it('a block the facilitator renamed or wrote keeps its words; a new break is still a break', () => {
    const [first, second] = copiedTemplate('half-day-peer-learning', 'fr')
    const renamed = { ...first!, title: 'Accueil à la Maison des habitants', notes: 'Café dès 8 h 30.' }
    expect(localizedBlock(renamed, catalog, 'en')).toMatchObject({
      title: 'Accueil à la Maison des habitants',
      notes: 'Café dès 8 h 30.'
    })
    const ownMaterials = { ...second!, materials: 'Un micro sans fil' }
    expect(localizedBlock(ownMaterials, catalog, 'en').materials).toBe('Un micro sans fil')
    const addedBreak = { ...second!, kind: 'break' as const, methodId: null, title: 'Pause', notes: '' }
    expect(localizedBlock(addedBreak, catalog, 'en').title).toBe('Break')
  })
})

describe('in the documents', () => {
  const session = () =>
    richSession({
      personas: [copiedSample(dorin, 'fr')],
      blocks: copiedTemplate('storytelling-accessibility-in-room', 'fr')
    })
  const input = (language: Language) => ({
    session: session(),
    pack,
    catalog,
    language,
    pageSize: 'A4' as const,
    generatedAt: new Date('2026-03-17T10:00:00Z')
  })

  it('every builder sees the localized session; the stored one is not changed', () => {
    const stored = session()
    const ctx = contextOf({ ...input('en'), session: stored }, 'cards')
    expect(ctx.session.personas[0]?.gender).toBe('Man')
    expect(stored.personas[0]?.gender).toBe('Homme')
    expect(localizedSession(stored, catalog, 'fr')).toEqual(stored)
  })

  it('English cards and pack say "Man" and the English block titles; the Markdown too', () => {
    const english = catalog.templates.find((t) => t.id === 'storytelling-accessibility-in-room')!.blocks
    for (const kind of ['cards', 'facilitator-pack'] as const) {
      const doc = JSON.stringify(buildDocument(kind, input('en')).content)
      expect(doc).toContain('"Man"')
      expect(doc).not.toContain('Homme')
      expect(doc).toContain(dorin.story.en.slice(0, 40))
      if (kind === 'facilitator-pack') for (const b of english) expect(doc).toContain(b.title.en)
    }
    const markdown = buildMarkdown(input('en'))
    expect(markdown).toContain(english[0]!.title.en)
    expect(markdown).not.toContain(english[0]!.title.fr)
  })
})
