import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'
import { FSI, PDI, isolateForDirection } from '../../../src/shared/i18n/bidi'
import {
  directionOf,
  intlLocale,
  pickLanguage,
  LANGUAGE_NATIVE_NAMES
} from '../../../src/shared/i18n/languages'
import { resources } from '../../../src/shared/i18n/resources'
import { localizedText, shownLanguage } from '../../../src/shared/content/localized'
import { contentPackSchema, localizedLong } from '../../../src/shared/content/schema'
import { pageLanguageFor, withPageLanguage } from '../../../src/main/server/page-language'
import { formatDay, formatMinutes, plural } from '../../../src/shared/pdf/format'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import bundledPack from '../../../resources/content/uclg-plm-28.json'

async function arabic() {
  const i18n = createInstance()
  await i18n.init({ resources, lng: 'ar', fallbackLng: 'en', interpolation: { escapeValue: false } })
  return i18n
}

describe('Arabic: plurals, direction, digits', () => {
  it('has the six plural categories Intl reports for ar, each with its own form', async () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.sort()).toEqual(
      ['few', 'many', 'one', 'other', 'two', 'zero'].sort()
    )
    const { t } = await arabic()
    expect(t('capture.count', { count: 0 })).toBe('لا ملاحظات')
    expect(t('capture.count', { count: 1 })).toBe('ملاحظة واحدة')
    expect(t('capture.count', { count: 2 })).toBe('ملاحظتان')
    expect(t('capture.count', { count: 3 })).toBe('3 ملاحظات')
    expect(t('capture.count', { count: 11 })).toBe('11 ملاحظة')
    expect(t('capture.count', { count: 100 })).toBe('100 ملاحظة')
    expect(t('synthesis.dots', { count: 10 })).toBe('10 نقاط')
    expect(t('insights.votes', { count: 25 })).toBe('25 صوتًا')
  })

  it('is right to left, named in Arabic, and picked from ar-TN, ar_MA or an Accept-Language list', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('fr')).toBe('ltr')
    expect(LANGUAGE_NATIVE_NAMES.ar).toBe('العربية')
    expect(pickLanguage(['ar-TN'])).toBe('ar')
    expect(pickLanguage(['ar_MA.UTF-8', 'fr'])).toBe('ar')
    expect(pageLanguageFor(null, 'ar-MA,fr;q=0.8')).toEqual({ language: 'ar', source: 'system' })
  })

  it('the served page carries lang="ar" and dir="rtl" before any script runs', () => {
    const html = withPageLanguage('<!doctype html><html lang="en" dir="ltr"><head></head></html>', 'ar')
    expect(html).toContain('<html lang="ar" dir="rtl" data-boot-language="ar">')
    expect(withPageLanguage(html, 'fr')).toContain('<html lang="fr" dir="ltr" data-boot-language="fr">')
  })

  it('formats numbers, dates and durations with Western digits, as in the Maghreb', () => {
    const digits = /[0-9]/
    const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/
    const number = new Intl.NumberFormat(intlLocale('ar')).format(20000)
    expect(number).toMatch(digits)
    expect(number).not.toMatch(arabicIndic)
    expect(formatDay('ar', '2021-03-16')).toMatch(/16.*2021/)
    expect(formatDay('ar', '2021-03-16')).not.toMatch(arabicIndic)
    expect(formatMinutes('ar', 90)).not.toMatch(arabicIndic)
    expect(intlLocale('fr')).toBe('fr')
  })

  it('PDF nouns after a number follow the Arabic categories, Latin languages keep one/other', () => {
    const noteCount = PDF_STRINGS.ar.coverage.noteCount
    expect(plural('ar', 1, noteCount)).toBe('1\u00a0ملاحظة')
    expect(plural('ar', 5, noteCount)).toBe('5\u00a0ملاحظات')
    expect(plural('ar', 40, noteCount)).toBe('40\u00a0ملاحظة')
    expect(plural('ar', 25, PDF_STRINGS.ar.insights.voteCount)).toBe('25\u00a0صوتًا')
    expect(plural('ar', 300, PDF_STRINGS.ar.insights.voteCount)).toBe('300\u00a0صوت')
    expect(plural('fr', 1_000_000, PDF_STRINGS.fr.coverage.noteCount)).toMatch(/notes$/)
  })
})

describe('mixed-direction values in messages', () => {
  it('isolates a Latin title in an Arabic message and an Arabic note in a French one, nothing else', () => {
    expect(isolateForDirection('Atelier Sousse!', 'rtl')).toBe(`${FSI}Atelier Sousse!${PDI}`)
    expect(isolateForDirection('ورشة سوسة', 'ltr')).toBe(`${FSI}ورشة سوسة${PDI}`)
    expect(isolateForDirection('ورشة سوسة', 'rtl')).toBe('ورشة سوسة')
    expect(isolateForDirection('Atelier Sousse!', 'ltr')).toBe('Atelier Sousse!')
    expect(isolateForDirection('42', 'rtl')).toBe('42')
  })
})

describe('Arabic in content packs', () => {
  const text = { en: 'Neighbourhood', es: 'Vecindad', fr: 'Voisinage' }

  it('is optional in a localized text; a text without it is shown in English, and says so', () => {
    expect(localizedLong.safeParse(text).success).toBe(true)
    expect(localizedLong.safeParse({ ...text, ar: 'الجوار' }).success).toBe(true)
    expect(localizedLong.safeParse({ ...text, ar: '  ' }).success).toBe(false)
    expect(localizedText(text, 'ar')).toBe('Neighbourhood')
    expect(shownLanguage(text, 'ar')).toBe('en')
    expect(localizedText({ ...text, ar: 'الجوار' }, 'ar')).toBe('الجوار')
    expect(shownLanguage({ ...text, ar: 'الجوار' }, 'ar')).toBe('ar')
    expect(localizedText(text, 'fr')).toBe('Voisinage')
  })

  it('a pack with no Arabic at all still validates (Arabic is not a required language)', () => {
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip)
      if (value && typeof value === 'object')
        return Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== 'ar')
            .map(([k, v]) => [k, strip(v)])
        )
      return value
    }
    expect(contentPackSchema.safeParse(strip(bundledPack)).success).toBe(true)
    expect(contentPackSchema.safeParse(bundledPack).success).toBe(true)
  })

  it('the bundled pack has Arabic in every localized text', () => {
    const missing: string[] = []
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`))
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>
        if (typeof o.en === 'string' && typeof o.fr === 'string') {
          if (typeof o.ar !== 'string' || !o.ar.trim()) missing.push(path)
        } else for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`)
      }
    }
    walk(bundledPack, 'pack')
    expect(missing).toEqual([])
  })
})
