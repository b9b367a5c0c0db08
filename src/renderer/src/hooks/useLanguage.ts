import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/i18n/languages'

/**
 * The interface language, as a `Language`: what the user picked, or English while i18next reports
 * anything else (e.g. "cimode" in tests). Re-renders the caller when the language changes.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}
