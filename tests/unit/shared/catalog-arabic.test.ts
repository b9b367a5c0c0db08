import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { catalogSchema } from '../../../src/shared/planning/catalog-schema'

/**
 * The Arabic edition of the planning catalog (issue 17): every localized text of every method,
 * template and sample persona has an `ar` translation that a facilitator in Sousse can plan with.
 * The catalog schema itself is extended elsewhere; these checks hold whatever it accepts.
 */
const CATALOG_FILE = new URL('../../../resources/planning/catalog.json', import.meta.url)
const raw = JSON.parse(readFileSync(CATALOG_FILE, 'utf8')) as unknown

interface Localized {
  en: string
  ar?: unknown
  [lang: string]: unknown
}
interface Found {
  where: string
  text: Localized
}

const isLocalized = (node: unknown): node is Localized =>
  !!node && typeof node === 'object' && !Array.isArray(node) && typeof (node as Localized).en === 'string'

/** Every localized object of a tree, with its path. */
function localized(node: unknown, where: string): Found[] {
  if (isLocalized(node)) return [{ where, text: node }]
  if (Array.isArray(node)) return node.flatMap((v, i) => localized(v, `${where}[${i}]`))
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => localized(v, `${where}.${k}`))
  return []
}

/** The tree with every localized object's English replaced by its Arabic, and `ar` removed. */
function arabicInPlaceOfEnglish(node: unknown): unknown {
  if (isLocalized(node)) {
    const { ar, ...rest } = node
    return { ...rest, en: ar }
  }
  if (Array.isArray(node)) return node.map(arabicInPlaceOfEnglish)
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, arabicInPlaceOfEnglish(v)]))
  return node
}

const ARABIC_LETTER = /[\u0621-\u064a]/
const texts = localized(raw, 'catalog')
const arabic = (t: Found): string => (typeof t.text.ar === 'string' ? t.text.ar : '')
const lines = (s: string, prefix: string): number => s.split('\n').filter((l) => l.startsWith(prefix)).length
const numbers = (s: string): string[] => s.match(/\d+/g) ?? []

describe('Arabic edition of the planning catalog', () => {
  it('finds the catalog’s localized texts', () => {
    // Methods, templates and personas together hold well over two hundred texts.
    expect(texts.length).toBeGreaterThan(200)
  })

  it('gives every text a non-empty Arabic translation, placed after French', () => {
    const missing = texts.filter((t) => !ARABIC_LETTER.test(arabic(t))).map((t) => t.where)
    expect(missing, `texts without Arabic:\n${missing.join('\n')}`).toEqual([])
    for (const t of texts) expect(Object.keys(t.text), t.where).toEqual(['en', 'es', 'fr', 'ar'])
  })

  it('translates rather than copies the English', () => {
    for (const t of texts) {
      expect(arabic(t).trim(), t.where).not.toBe(t.text.en.trim())
      expect(arabic(t), t.where).toBe(arabic(t).trim())
    }
  })

  it('keeps the shape facilitators read: numbered steps, bullets and paragraphs', () => {
    for (const t of texts) {
      const ar = arabic(t)
      expect(lines(ar, '- '), `${t.where}: bullet lines`).toBe(lines(t.text.en, '- '))
      expect(ar.split('\n\n').length, `${t.where}: paragraphs`).toBe(t.text.en.split('\n\n').length)
      const steps = t.text.en.match(/^- \d+\./gm) ?? []
      expect(ar.match(/^- \d+\./gm) ?? [], `${t.where}: step numbers`).toEqual(steps)
    }
  })

  it('adds no number the English does not have, in Western digits and Arabic punctuation', () => {
    for (const t of texts) {
      const ar = arabic(t)
      const en = new Set(numbers(t.text.en))
      for (const n of numbers(ar)) expect(en.has(n), `${t.where}: ${n} is not in the English`).toBe(true)
      // Western digits, as Tunisian and Moroccan municipal documents write them.
      expect(ar, t.where).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/)
      expect(ar, t.where).not.toMatch(/[,;?]/)
    }
  })

  it('reminds facilitators in Arabic, in every method’s safeguarding notes, never to ask about status', () => {
    const methods = (raw as { methods: { id: string; safeguarding: Localized }[] }).methods
    expect(methods.length).toBeGreaterThan(0)
    // "legal or administrative status" (Maghreb وضعية, Mashriq وضع).
    for (const m of methods) expect(m.safeguarding.ar, m.id).toMatch(/وضع\S* القانوني/)
  })

  it('stays within the catalog schema’s limits when it stands in for the English', () => {
    const result = catalogSchema.safeParse(arabicInPlaceOfEnglish(raw))
    const issues = result.success ? '' : JSON.stringify(result.error.issues.slice(0, 10), null, 2)
    expect(result.success, issues).toBe(true)
  })
})
