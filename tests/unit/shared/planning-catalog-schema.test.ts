import { describe, it, expect } from 'vitest'
import { catalogSchema } from '../../../src/shared/planning/catalog-schema'
import { blockSchema, personaSchema } from '../../../src/shared/planning/session'
import {
  LANGS,
  TEMPLATE_IDS,
  copy,
  describeIssues,
  firstBlock,
  methodAt,
  realCatalog,
  templateById,
  type Localized
} from '../../support/raw-catalog'

// What the catalog's schema accepts: the real catalog, as session blocks and personas too, and
// not the same catalog broken one way at a time. What the catalog holds: planning-catalog.test.ts.
const expectRejected = (catalog: unknown, message?: string): void => {
  const result = catalogSchema.safeParse(catalog)
  expect(result.success).toBe(false)
  if (message && !result.success) {
    expect(result.error.issues.map((i) => i.message).join('\n')).toContain(message)
  }
}

describe('fits the session model once copied into a session', () => {
  it.each(LANGS)('every template block becomes a valid agenda block (%s)', (lang) => {
    const parsed = catalogSchema.parse(realCatalog)
    for (const t of parsed.templates) {
      for (const [j, b] of t.blocks.entries()) {
        const method = parsed.methods.find((m) => m.id === b.methodId)
        const result = blockSchema.safeParse({
          id: `block-${j}`,
          title: b.title[lang],
          kind: b.kind,
          methodId: b.methodId ?? null,
          durationMinutes: b.durationMinutes,
          notes: b.notes?.[lang] ?? '',
          materials: method ? method.materials[lang] : '',
          links: b.links,
          protected: b.protected,
          day: b.day ?? 1
        })
        expect(result.success, `${t.id} block #${j}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
      }
    }
  })

  it.each(LANGS)('every sample persona becomes a valid session persona (%s)', (lang) => {
    const parsed = catalogSchema.parse(realCatalog)
    for (const p of parsed.personas) {
      const result = personaSchema.safeParse({
        id: p.id.slice(0, 40),
        name: p.name,
        age: p.age,
        gender: p.gender[lang],
        family: p.family[lang],
        education: p.education[lang],
        timeSinceArrival: p.timeSinceArrival[lang],
        administrativeStatus: p.administrativeStatus[lang],
        vulnerabilities: p.vulnerabilities[lang],
        story: p.story[lang],
        fictional: p.fictional,
        group: null
      })
      expect(result.success, `${p.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
    }
  })
})

describe('schema rejects broken catalogs (mutations of the real catalog)', () => {
  it('accepts the unmodified copy (control)', () => {
    const result = catalogSchema.safeParse(copy())
    expect(result.success, describeIssues(result)).toBe(true)
  })

  it('rejects an unknown methodId in a template block', () => {
    const catalog = copy()
    firstBlock(templateById(catalog, TEMPLATE_IDS.halfDay)).methodId = 'no-such-method'
    expectRejected(catalog, 'unknown-method:no-such-method')
  })

  it('rejects a duration range with min above max', () => {
    const catalog = copy()
    methodAt(catalog, 0).durationMinutes = { min: 60, max: 30 }
    expectRejected(catalog, 'min-above-max')
  })

  it('rejects a missing language', () => {
    const catalog = copy()
    delete (methodAt(catalog, 0).title as Partial<Localized>).fr
    expectRejected(catalog)
  })

  it('rejects an extra key', () => {
    const catalog = copy()
    methodAt(catalog, 0).notes = 'not part of the schema'
    expectRejected(catalog)
  })

  it('rejects a persona that is not marked fictional', () => {
    const catalog = copy()
    const persona = catalog.personas[0]
    if (!persona) throw new Error('catalog has no persona')
    persona.fictional = false
    expectRejected(catalog)
  })

  it('rejects a block scheduled after the template’s last day', () => {
    const catalog = copy()
    firstBlock(templateById(catalog, TEMPLATE_IDS.threeDay)).day = 4
    expectRejected(catalog, 'day-out-of-range')
  })
})
