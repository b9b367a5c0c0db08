import {
  DEFAULT_LANGUAGE,
  acceptedLanguages,
  directionOf,
  isLanguage,
  pickLanguage,
  type Language
} from '../../shared/i18n/languages'

/** Where the page's language came from: the user's choice, or (never chosen) the browser's list. */
export type LanguageSource = 'saved' | 'system'

/**
 * The language a page request gets: the saved choice; or, when none was ever made, the first
 * language of the request's Accept-Language header that we speak, else English.
 */
export function pageLanguageFor(
  saved: Language | null,
  acceptLanguage: string | undefined
): { language: Language; source: LanguageSource } {
  if (saved !== null) return { language: saved, source: 'saved' }
  return { language: pickLanguage(acceptedLanguages(acceptLanguage)) ?? DEFAULT_LANGUAGE, source: 'system' }
}

/**
 * Writes the language into the page's `<html>` tag. The renderer reads `data-boot-language` and
 * paints its first frame in that language without waiting for a settings request, and `lang` is
 * right for screen readers before any script runs. `data-language-source="system"` says nobody
 * chose it yet, so the renderer may prefer `navigator.languages`. Only a known language code is
 * ever written.
 */
export function withPageLanguage(html: string, language: Language, source: LanguageSource = 'saved'): string {
  if (!isLanguage(language)) return html
  return html.replace(/<html\b([^>]*)>/i, (_, attributes: string) => {
    // Ours replace any earlier values; every other attribute of the tag stays.
    const others = attributes.replace(/\s(?:lang|dir|data-boot-language|data-language-source)="[^"]*"/gi, '')
    const guessed = source === 'system' ? ' data-language-source="system"' : ''
    return `<html${others} lang="${language}" dir="${directionOf(language)}" data-boot-language="${language}"${guessed}>`
  })
}
