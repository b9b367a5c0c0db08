import i18next, { type TFunction } from 'i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../shared/i18n/languages'
import { resources } from '../shared/i18n/resources'

/** Main-process translations (dialogs, CLI messages, later PDF labels) from the shared catalogs. */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false }
  })
  return instance.t
}

/** `fr_FR.UTF-8` → `fr`; anything unsupported → English. */
export function languageFromLocale(locale: string | undefined): Language {
  const code = (locale ?? '').slice(0, 2).toLowerCase()
  return isLanguage(code) ? code : DEFAULT_LANGUAGE
}
