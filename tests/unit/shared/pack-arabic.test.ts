import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { LIMITS } from '../../../src/shared/limits'

// The Arabic edition of the bundled pack is the Passerelle team's translation (issue 17). These
// checks keep it complete and honest until the schema itself requires `ar`.
const PACK = new URL('../../../resources/content/uclg-plm-28.json', import.meta.url)
const raw = readFileSync(PACK, 'utf8')
const pack: unknown = JSON.parse(raw)

interface Found {
  where: string
  text: Record<string, unknown>
}
const SHORT_KEYS = new Set(['title', 'heading'])
const ARABIC_LETTER = /\p{Script=Arabic}/u
const URL_RE = /https?:\/\/[^\s)»”"]+/g
const TAG_RE = /(?<![\p{L}\d])#\p{Ll}[\p{Ll}\d-]*/gu

/** Every localized text of the pack: an object with `en`, `es` and `fr` strings. */
function localizedTexts(node: unknown, where: string, out: Found[]): Found[] {
  if (Array.isArray(node)) node.forEach((v, i) => localizedTexts(v, `${where}[${i}]`, out))
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>
    if (typeof obj.en === 'string' && typeof obj.fr === 'string') out.push({ where, text: obj })
    else for (const [k, v] of Object.entries(obj)) localizedTexts(v, `${where}.${k}`, out)
  }
  return out
}
const texts = localizedTexts(pack, 'pack', [])
const itemIdOf = (where: string): string => {
  const m = /^pack\.items\[(\d+)\]/.exec(where)
  const items = (pack as { items: { id: string }[] }).items
  return m ? (items[Number(m[1])]?.id ?? where) : where
}
const failing = (pred: (f: Found) => boolean): string[] =>
  texts.filter((f) => !pred(f)).map((f) => `${itemIdOf(f.where)} ${f.where}`)
const ar = (f: Found): string => (typeof f.text.ar === 'string' ? f.text.ar : '')
const lastKey = (where: string): string => /\.(\w+)$/.exec(where)?.[1] ?? ''

describe('the Arabic edition of the bundled content pack', () => {
  it('finds the pack’s localized texts', () => {
    expect(texts.length).toBeGreaterThan(500)
  })

  it('gives every localized text an Arabic version written in Arabic letters, after `fr`', () => {
    expect(failing((f) => ar(f).trim() !== '' && ARABIC_LETTER.test(ar(f)))).toEqual([])
    expect(failing((f) => Object.keys(f.text).join() === 'en,es,fr,ar')).toEqual([])
  })

  it('never leaves an English text untranslated', () => {
    expect(failing((f) => ar(f) !== f.text.en)).toEqual([])
  })

  it('keeps every Arabic text within the pack’s length limits', () => {
    const max = (f: Found): number =>
      SHORT_KEYS.has(lastKey(f.where)) ? LIMITS.pack.shortText : LIMITS.pack.longText
    expect(failing((f) => ar(f).length <= max(f))).toEqual([])
  })

  it('keeps the URLs, #tags, paragraphs and bullet points of the English text', () => {
    const same = (f: Found, re: RegExp): boolean =>
      JSON.stringify([...String(f.text.en).matchAll(re)].map((m) => m[0]).sort()) ===
      JSON.stringify([...ar(f).matchAll(re)].map((m) => m[0]).sort())
    expect(failing((f) => same(f, URL_RE))).toEqual([])
    expect(failing((f) => same(f, TAG_RE))).toEqual([])
    const shape = (s: string): string =>
      s
        .split('\n\n')
        .map((p) => p.split('\n').filter((l) => l.startsWith('- ')).length)
        .join()
    expect(failing((f) => shape(ar(f)) === shape(String(f.text.en)))).toEqual([])
  })

  it('never suggests that the note itself was published in Arabic', () => {
    // The note exists in English, Spanish and French only; the Arabic text says so too.
    const claims = /(?:النسخة|الطبعة|الترجمة) العربية (?:من|لل)مذكرة|المذكرة (?:بالعربية|باللغة العربية)/
    expect(failing((f) => !claims.test(ar(f)))).toEqual([])
    const threeLanguages = texts.filter((f) => /English, Spanish and French/.test(String(f.text.en)))
    for (const f of threeLanguages) expect(ar(f)).toMatch(/الإنجليزية والإسبانية والفرنسية/)
  })
})
