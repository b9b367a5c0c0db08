import { describe, expect, it } from 'vitest'
import { acceptedLanguages, pickLanguage } from '../../../src/shared/i18n/languages'

describe('picking the interface language from someone’s preferred languages', () => {
  it('takes the first preferred language Passerelle speaks, whatever its region', () => {
    expect(pickLanguage(['fr-FR', 'en-US'])).toBe('fr')
    expect(pickLanguage(['es-419'])).toBe('es')
    expect(pickLanguage(['en-GB', 'fr'])).toBe('en')
  })

  it('skips the languages it does not speak, in order', () => {
    expect(pickLanguage(['de-DE', 'it', 'es-MX', 'fr'])).toBe('es')
  })

  it('reads POSIX locales and any case', () => {
    expect(pickLanguage(['fr_CA.UTF-8'])).toBe('fr')
    expect(pickLanguage(['ES'])).toBe('es')
    expect(pickLanguage([' fr-ch '])).toBe('fr')
    expect(pickLanguage(['es@euro'])).toBe('es')
  })

  it('answers null when none is ours, so the caller can tell “no match” from “English”', () => {
    expect(pickLanguage([])).toBeNull()
    expect(pickLanguage(['de-DE', 'ja', 'C.UTF-8', '', '*'])).toBeNull()
    // A language code that merely starts like ours is another language (Filipino, Esperanto).
    expect(pickLanguage(['fil', 'eo', 'enx'])).toBeNull()
  })
})

describe('reading an Accept-Language header', () => {
  it('orders tags by preference (q), then by position', () => {
    expect(acceptedLanguages('de;q=0.5, fr-CH, fr;q=0.9, en;q=0.8')).toEqual(['fr-CH', 'fr', 'en', 'de'])
    expect(acceptedLanguages('es-ES,es;q=0.9,en;q=0.9')).toEqual(['es-ES', 'es', 'en'])
  })

  it('leaves out the wildcard, refused languages (q=0) and malformed entries', () => {
    expect(acceptedLanguages('*, fr;q=0, es;q=abc, en;q=2, <script>, de;q=0.3')).toEqual(['de'])
  })

  it('reads an absent or empty header as no preference', () => {
    expect(acceptedLanguages(undefined)).toEqual([])
    expect(acceptedLanguages('')).toEqual([])
  })

  it('goes with pickLanguage: a Spanish browser that also reads French gets Spanish', () => {
    expect(pickLanguage(acceptedLanguages('de-AT;q=1, es-419;q=0.8, fr;q=0.7'))).toBe('es')
  })

  it('reads at most 32 entries of a huge header', () => {
    const header = [...Array.from({ length: 100 }, () => 'de'), 'fr'].join(',')
    expect(acceptedLanguages(header)).toHaveLength(32)
    expect(pickLanguage(acceptedLanguages(header))).toBeNull()
  })
})
