import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { contentPackSchema, PURPOSES, TIERS } from '../../../src/shared/content/schema'

const CONTENT_DIR = new URL('../../../resources/content/', import.meta.url)
const PACK_FILE = 'uclg-plm-28.json'
const LANGS = ['en', 'es', 'fr'] as const

type Lang = (typeof LANGS)[number]
type Localized = Record<Lang, string>
// Loose shapes for the raw JSON (mutation tests need to break it on purpose).
interface RawBlock {
  heading?: Localized
  text: Localized
  provenance: { tier: string; sources: string[]; caveat?: Localized }
}
interface RawItem {
  id: string
  kind: string
  title: Localized
  summary: Localized
  blocks: RawBlock[]
  related: string[]
  purposes?: string[]
  provenance?: RawBlock['provenance']
}
interface RawPack {
  sources: { id: string; tier: string }[]
  items: RawItem[]
}

const jsonFiles = readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.json'))
const readPack = (file: string): unknown => JSON.parse(readFileSync(new URL(file, CONTENT_DIR), 'utf8'))
const realPack = readPack(PACK_FILE) as RawPack
const copy = (): RawPack => structuredClone(realPack)
/** The n-th item of a pack, failing loudly if the pack is shorter than expected. */
const itemAt = (pack: RawPack, n: number): RawItem => {
  const item = pack.items[n]
  if (!item) throw new Error(`pack has no item #${n}`)
  return item
}
/** The first block of the first item that has blocks. */
const firstBlock = (pack: RawPack): RawBlock => {
  const block = pack.items.find((i) => i.blocks.length > 0)?.blocks[0]
  if (!block) throw new Error('pack has no block')
  return block
}

const describeIssues = (result: ReturnType<typeof contentPackSchema.safeParse>): string =>
  result.success ? '' : JSON.stringify(result.error.issues.slice(0, 20), null, 2)

const expectRejected = (pack: RawPack, message?: string): void => {
  const result = contentPackSchema.safeParse(pack)
  expect(result.success).toBe(false)
  if (message && !result.success) {
    expect(result.error.issues.map((i) => i.message).join('\n')).toContain(message)
  }
}

/** Every localized text of an item (title, summary, block headings, texts and caveats) in one language. */
const textsOf = (item: RawItem, lang: Lang): string[] => [
  item.title[lang],
  item.summary[lang],
  ...(item.provenance?.caveat ? [item.provenance.caveat[lang]] : []),
  ...item.blocks.flatMap((b) => [
    ...(b.heading ? [b.heading[lang]] : []),
    b.text[lang],
    ...(b.provenance.caveat ? [b.provenance.caveat[lang]] : [])
  ])
]
const byKind = (kind: string): RawItem[] => realPack.items.filter((i) => i.kind === kind)

/**
 * How strong a badge is: its position in TIERS, which runs from the strongest evidence of what the
 * note says (`note`) through `launch`, `event`, `companion` and `context` to `editorial`.
 */
const strength = (tier: string): number => {
  const rank = (TIERS as readonly string[]).indexOf(tier)
  if (rank < 0) throw new Error(`unknown tier ${tier}`)
  return rank
}

/**
 * Every provenance whose badge is stronger than one of the sources it cites, e.g. a `note` badge on
 * a block that also cites an event report. The item's own provenance is the badge shown next to its
 * title and summary; each block has its own.
 */
function overclaims(pack: RawPack): string[] {
  const tierOf = new Map(pack.sources.map((s) => [s.id, s.tier]))
  const out: string[] = []
  const check = (p: RawBlock['provenance'], where: string) => {
    for (const id of p.sources) {
      const tier = tierOf.get(id)
      if (tier !== undefined && strength(tier) > strength(p.tier)) {
        out.push(`${where}: badge "${p.tier}" but cites ${id} (${tier})`)
      }
    }
  }
  for (const item of pack.items) {
    if (item.provenance) check(item.provenance, `${item.id} (title and summary)`)
    item.blocks.forEach((b, j) => check(b.provenance, `${item.id} block ${j}`))
  }
  return out
}

describe('content packs in resources/content', () => {
  it('finds at least the Note #28 pack', () => {
    expect(jsonFiles).toContain(PACK_FILE)
  })

  it.each(jsonFiles)('%s satisfies the content-pack schema', (file) => {
    const result = contentPackSchema.safeParse(readPack(file))
    if (!result.success) console.error(`${file}:\n${describeIssues(result)}`)
    expect(result.success, describeIssues(result)).toBe(true)
  })
})

describe('schema rejects broken packs (mutations of the real pack)', () => {
  it('accepts the unmodified copy (control)', () => {
    const result = contentPackSchema.safeParse(copy())
    expect(result.success, describeIssues(result)).toBe(true)
  })

  it('rejects a missing language', () => {
    const pack = copy()
    delete (itemAt(pack, 0).title as Partial<Localized>).fr
    expectRejected(pack)
  })

  it('rejects an empty (whitespace-only) text', () => {
    const pack = copy()
    itemAt(pack, 0).summary.es = '   '
    expectRejected(pack, 'empty-text')
  })

  it('rejects an item without provenance', () => {
    const pack = copy()
    delete itemAt(pack, 0).provenance
    expectRejected(pack)
  })

  it('rejects a dangling cross-reference', () => {
    const pack = copy()
    itemAt(pack, 0).related.push('no-such-item')
    expectRejected(pack, 'dangling-reference:no-such-item')
  })

  it('rejects a duplicate item id', () => {
    const pack = copy()
    const original = itemAt(pack, 0).id
    itemAt(pack, 1).id = original
    expectRejected(pack, `duplicate-id:${original}`)
  })

  it('rejects a provenance source id that does not exist', () => {
    const pack = copy()
    firstBlock(pack).provenance.sources.push('S999')
    expectRejected(pack, 'unknown-source:S999')
  })
})

describe('provenance badges never claim more than their sources', () => {
  /** The check itself must see an overclaim where there is one, in a block and in a summary. */
  function expectCheckCatchesOverclaims(): void {
    const pack = copy()
    const item = pack.items.find((i) => i.blocks.some((b) => b.provenance.tier === 'context'))
    const j = item?.blocks.findIndex((b) => b.provenance.tier === 'context') ?? -1
    const block = item?.blocks[j]
    if (!item || !block) throw new Error('pack has no context block')
    block.provenance.tier = 'note'
    const first = itemAt(pack, 0)
    first.provenance = { tier: 'note', sources: ['S8'] }
    const found = overclaims(pack)
    expect(found.filter((o) => o.startsWith(`${item.id} block ${j}:`))).toHaveLength(
      block.provenance.sources.length
    )
    expect(found).toContain(`${first.id} (title and summary): badge "note" but cites S8 (event)`)
  }

  it('gives no item or block a badge stronger than its weakest cited source', () => {
    expect(TIERS).toEqual(['note', 'launch', 'event', 'companion', 'context', 'editorial'])
    expectCheckCatchesOverclaims()
    expect(overclaims(realPack)).toEqual([])
  })
})

describe('Note #28 pack content', () => {
  it('has exactly five case studies: Barcelona, Grenoble, Seine-Saint-Denis, Sousse, Valencia', () => {
    const cases = byKind('case-study')
    expect(cases).toHaveLength(5)
    for (const city of ['Barcelona', 'Grenoble', 'Seine-Saint-Denis', 'Sousse', 'Valencia']) {
      expect(
        cases.filter((c) => c.title.en.includes(city)),
        city
      ).toHaveLength(1)
    }
  })

  it('mentions the "documento de vecindad" in the Barcelona case in all three languages', () => {
    const barcelona = byKind('case-study').find((c) => c.title.en.includes('Barcelona'))
    if (!barcelona) throw new Error('Barcelona case study not found')
    for (const lang of LANGS) {
      expect(textsOf(barcelona, lang).join('\n'), lang).toMatch(/documento de vecindad/i)
    }
  })

  it('has exactly three purpose items, one per purpose', () => {
    const purposes = byKind('purpose')
    expect(purposes).toHaveLength(3)
    expect(purposes.map((p) => p.id).sort()).toEqual(PURPOSES.map((p) => `purpose-${p}`).sort())
    for (const p of purposes) expect(p.purposes).toEqual([p.id.replace(/^purpose-/, '')])
  })

  it('has at least 15 prompts, each with a purpose, and at least 3 prompts per purpose', () => {
    const prompts = byKind('prompt')
    expect(prompts.length).toBeGreaterThanOrEqual(15)
    for (const p of prompts) expect(p.purposes?.length ?? 0, p.id).toBeGreaterThanOrEqual(1)
    for (const purpose of PURPOSES) {
      const count = prompts.filter((p) => p.purposes?.includes(purpose)).length
      expect(count, purpose).toBeGreaterThanOrEqual(3)
    }
  })

  it('has at least 25 glossary entries', () => {
    expect(byKind('glossary').length).toBeGreaterThanOrEqual(25)
  })

  it('says in every language that the nine lessons are not in the app and points to section 5', () => {
    const lessons = realPack.items.find((i) => i.id === 'nine-lessons')
    if (!lessons) throw new Error('nine-lessons item not found')
    expect(lessons.kind).toBe('lessons')
    const notAvailable: Record<Lang, RegExp> = {
      en: /not available/i,
      es: /no está disponible/i,
      fr: /n[’']est pas disponible/i
    }
    const section5: Record<Lang, RegExp> = {
      en: /section 5/i,
      es: /apartado 5/i,
      fr: /section 5/i
    }
    for (const lang of LANGS) {
      const text = textsOf(lessons, lang).join('\n')
      expect(text, lang).toMatch(notAvailable[lang])
      expect(text, lang).toMatch(section5[lang])
      expect(text, lang).toMatch(/\b28\b/)
    }
  })

  it('contains no invented numbered list of lessons anywhere', () => {
    const numbered: Record<Lang, RegExp> = {
      en: /lesson\s*[1-9]\s*[:.]/i,
      es: /(lecci[oó]n|aprendizaje)\s*[1-9]\s*[:.]/i,
      fr: /(le[cç]on|enseignement)\s*[1-9]\s*[:.]/i
    }
    for (const item of realPack.items) {
      for (const lang of LANGS) {
        for (const text of textsOf(item, lang)) {
          expect(text, `${item.id} (${lang})`).not.toMatch(numbered[lang])
        }
      }
    }
  })
})
