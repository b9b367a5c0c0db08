import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  directionOf,
  isLanguage,
  type Language
} from '../../shared/i18n/languages'
import { resources } from '../../shared/i18n/resources'
import { isolateForDirection } from '../../shared/i18n/bidi'

const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE)

/** Synchronous: the catalogs are in the bundle, and the shell renders right after this. */
export function initI18n(language: Language): void {
  void i18next.use(initReactI18next).init({
    initAsync: false,
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // React escapes markup itself; "escaping" here only isolates values of the other direction.
    interpolation: {
      escapeValue: true,
      escape: (value: unknown) => isolateForDirection(String(value), directionOf(currentLanguage()))
    },
    returnNull: false
  })
  applyDocumentLanguage(language)
}

/** `lang` drives screen-reader pronunciation and hyphenation; `dir` lets CSS logical properties flip. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language)
  applyDocumentLanguage(language)
}
