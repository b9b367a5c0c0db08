import { describe, expect, it } from 'vitest'
import { CATALOGS, fill, pickLanguage } from '../../../src/room-page/locales'

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)]
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the phone page catalogs', () => {
  const en = CATALOGS.en!
  it.each(Object.keys(CATALOGS))(
    '%s has every English key, the same placeholders, and no empty text',
    (lang) => {
      const catalog = CATALOGS[lang]!
      expect(keysOf(catalog)).toEqual(keysOf(en))
      const get = (c: unknown, key: string) =>
        key.split('.').reduce((v, k) => (v as Record<string, unknown>)[k], c)
      for (const key of keysOf(en)) {
        const text = String(get(catalog, key))
        expect(text.trim(), `${lang} ${key}`).not.toBe('')
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(String(get(en, key))))
      }
    }
  )

  it('uses French typography: no plain space before ? ! : ;', () => {
    for (const key of keysOf(CATALOGS.fr))
      expect(
        String(key.split('.').reduce((v, k) => (v as Record<string, unknown>)[k], CATALOGS.fr as unknown)),
        key
      ).not.toMatch(/ [?!:;]/)
  })

  it('offers the four languages; only Arabic reads right to left, with Arabic punctuation', () => {
    expect(Object.keys(CATALOGS)).toEqual(['en', 'es', 'fr', 'ar'])
    for (const [lang, catalog] of Object.entries(CATALOGS))
      expect(catalog.dir, lang).toBe(lang === 'ar' ? 'rtl' : 'ltr')
    expect(CATALOGS.ar!.name).toBe('العربية')
    expect(CATALOGS.ar!.textLabel).toMatch(/؟$/)
  })

  it('defaults to the phone’s first language we have, else English', () => {
    expect(pickLanguage(['es-MX', 'en'])).toBe('es')
    expect(pickLanguage(['de-DE', 'fr-CA'])).toBe('fr')
    expect(pickLanguage(['ar-TN', 'fr'])).toBe('ar')
    expect(pickLanguage(['de-DE'])).toBe('en')
    expect(fill('{n} on {name}', { n: 2, name: 'Trust' })).toBe('2 on Trust')
  })
})
