import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../../src/shared/errors'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import { resources } from '../../../src/shared/i18n/resources'

type Tree = { [key: string]: string | Tree }
const PLURAL = /_(zero|one|two|few|many|other)$/

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort()

/** Base keys (plural suffix removed) with the categories each language must provide. */
function expectedKeys(lang: string, english: Map<string, string>): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of english.keys()) {
    if (PLURAL.test(key)) for (const c of categories) keys.add(key.replace(PLURAL, `_${c}`))
    else keys.add(key)
  }
  return [...keys].sort()
}

describe('i18n catalogs', () => {
  const english = flatten(resources.en.translation as unknown as Tree)

  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the English keys, with every plural category Intl reports`, () => {
      const catalog = flatten(resources[lang].translation as unknown as Tree)
      expect([...catalog.keys()].sort()).toEqual(expectedKeys(lang, english))
    })

    it(`${lang} keeps every {{placeholder}} and leaves no text empty`, () => {
      const catalog = flatten(resources[lang].translation as unknown as Tree)
      for (const [key, text] of catalog) {
        expect(text.trim(), key).not.toBe('')
        const base = key.replace(PLURAL, '_other')
        const source = english.get(key) ?? english.get(base)
        if (source === undefined) continue
        const own = placeholders(text).filter((p) => p !== 'count')
        expect(own, key).toEqual(placeholders(source).filter((p) => p !== 'count'))
      }
    })
  }

  it('es and fr need a _many form (Intl says so), so a large count never falls back to English', () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many')
    expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many')
  })

  it('every error code has a message in every language', () => {
    for (const lang of LANGUAGES) {
      const errors = resources[lang].translation.errors as Record<string, string>
      for (const code of ERROR_CODES) expect(errors[code], `${lang} ${code}`).toBeTruthy()
    }
  })
})
