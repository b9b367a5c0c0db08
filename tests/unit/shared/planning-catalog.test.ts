import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { catalogSchema } from '../../../src/shared/planning/catalog-schema'
import {
  LANGS,
  TEMPLATE_IDS,
  describeIssues,
  realCatalog,
  templateById,
  type Localized,
  type RawCatalog
} from '../../support/raw-catalog'

// What the planning catalog holds: methods, personas and templates a facilitator can rely on,
// linked to the note's pack. What its schema accepts: planning-catalog-schema.test.ts.
const PACK_FILE = new URL('../../../resources/content/uclg-plm-28.json', import.meta.url)
const PACK_ID = 'uclg-plm-28'

const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { id: string; items: { id: string }[] }
const packItemIds = new Set(pack.items.map((i) => i.id))

/** The method ids this catalog promises; other parts of the app may refer to them. */
const REQUIRED_METHODS = {
  storytelling: 'storytelling-accessibility-journey',
  rolePlay: 'role-play',
  worldCafe: 'world-cafe',
  fishbowl: 'fishbowl',
  oneTwoFourAll: 'one-two-four-all',
  caseClinic: 'case-clinic',
  galleryWalk: 'gallery-walk',
  dotVoting: 'dot-voting',
  fishbone: 'fishbone-barriers',
  actionPlanning: 'action-planning',
  checkIn: 'check-in-many-languages',
  cityPractice: 'city-practice-presentation'
} as const

/** Every pack reference in the catalog, with where it was found. */
const allRefs = (catalog: RawCatalog): { where: string; ref: string }[] => [
  ...catalog.methods.flatMap((m) => m.related.map((ref) => ({ where: `method ${m.id}`, ref }))),
  ...catalog.templates.flatMap((t) =>
    t.blocks.flatMap((b, j) => b.links.map((ref) => ({ where: `template ${t.id} block #${j}`, ref })))
  )
]

describe('planning catalog in resources/planning', () => {
  it('satisfies the catalog schema', () => {
    const result = catalogSchema.safeParse(realCatalog)
    if (!result.success) console.error(`catalog.json:\n${describeIssues(result)}`)
    expect(result.success, describeIssues(result)).toBe(true)
  })

  it('references only items that exist in the Note #28 content pack', () => {
    expect(pack.id).toBe(PACK_ID)
    const refs = allRefs(realCatalog)
    expect(refs.length).toBeGreaterThan(0)
    for (const { where, ref } of refs) {
      const [packId, itemId] = ref.split(':')
      expect(packId, `${where}: ${ref}`).toBe(PACK_ID)
      expect(packItemIds.has(itemId ?? ''), `${where}: ${ref} does not resolve`).toBe(true)
    }
  })
})

describe('methods', () => {
  it('has at least 12 methods with unique ids', () => {
    const ids = realCatalog.methods.map((m) => m.id)
    expect(ids.length).toBeGreaterThanOrEqual(12)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(Object.entries(REQUIRED_METHODS))('includes the %s method (%s)', (_name, id) => {
    expect(realCatalog.methods.map((m) => m.id)).toContain(id)
  })

  it('mentions legal/administrative status in every method’s safeguarding notes, in all three languages', () => {
    const statusWord = /status|statut|situación administrativa|estatus/i
    for (const m of realCatalog.methods) {
      for (const lang of LANGS) expect(m.safeguarding[lang], `${m.id} (${lang})`).toMatch(statusWord)
    }
  })

  it('writes steps as numbered bullets in every language', () => {
    for (const m of realCatalog.methods) {
      for (const lang of LANGS) {
        const lines = (m.steps as Localized)[lang].split('\n')
        expect(lines.length, `${m.id} (${lang})`).toBeGreaterThanOrEqual(3)
        lines.forEach((line, i) =>
          expect(line, `${m.id} (${lang})`).toMatch(new RegExp(`^- ${i + 1}\\. \\S`))
        )
      }
    }
  })

  it('links the storytelling method to the pack’s storytelling items', () => {
    const storytelling = realCatalog.methods.find((m) => m.id === REQUIRED_METHODS.storytelling)
    expect(storytelling?.related).toEqual(
      expect.arrayContaining([
        `${PACK_ID}:method-storytelling`,
        `${PACK_ID}:method-personas`,
        `${PACK_ID}:method-journeys-doors-walls`,
        `${PACK_ID}:method-online-adaptation`
      ])
    )
  })
})

describe('sample personas', () => {
  it('has at least 6 personas, all fictional, with unique ids and names', () => {
    const { personas } = realCatalog
    expect(personas.length).toBeGreaterThanOrEqual(6)
    for (const p of personas) expect(p.fictional, p.id).toBe(true)
    expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length)
    expect(new Set(personas.map((p) => p.name)).size).toBe(personas.length)
  })

  it('covers varied administrative statuses', () => {
    const statuses = new Set(realCatalog.personas.map((p) => p.administrativeStatus.en))
    expect(statuses.size).toBe(realCatalog.personas.length)
  })
})

describe('templates', () => {
  it('has the four expected templates', () => {
    for (const id of Object.values(TEMPLATE_IDS)) templateById(realCatalog, id)
  })

  it('has an online and an in-room version of the storytelling session', () => {
    expect(templateById(realCatalog, TEMPLATE_IDS.storytellingOnline).online).toBe(true)
    expect(templateById(realCatalog, TEMPLATE_IDS.storytellingInRoom).online).toBe(false)
  })

  it('spreads the three-day template over days 1, 2 and 3, and closes on the nine lessons', () => {
    const threeDay = templateById(realCatalog, TEMPLATE_IDS.threeDay)
    expect(threeDay.days).toBe(3)
    const days = new Set(threeDay.blocks.map((b) => b.day))
    expect([...days].sort()).toEqual([1, 2, 3])
    for (const b of threeDay.blocks) expect(b.day, b.title.en).toBeDefined()
    const last = threeDay.blocks[threeDay.blocks.length - 1]
    expect(last?.day).toBe(3)
    expect(last?.links).toContain(`${PACK_ID}:nine-lessons`)
    const linked = new Set(threeDay.blocks.flatMap((b) => b.links))
    for (const city of ['grenoble', 'barcelona', 'seine-saint-denis', 'valencia', 'sousse']) {
      expect(linked.has(`${PACK_ID}:case-${city}`), city).toBe(true)
    }
  })

  it('has a break in every template', () => {
    for (const t of realCatalog.templates)
      expect(
        t.blocks.some((b) => b.kind === 'break'),
        t.id
      ).toBe(true)
  })
})
