import { directionOf, isLanguage, type Language } from '../../shared/i18n/languages'

/**
 * Writes the saved language into the page's `<html>` tag. The renderer reads `data-boot-language`
 * and paints its first frame in that language without waiting for a settings request, and `lang`
 * is right for screen readers before any script runs. Only a known language code is ever written.
 */
export function withPageLanguage(html: string, language: Language): string {
  if (!isLanguage(language)) return html
  return html.replace(/<html\b([^>]*)>/i, (_, attributes: string) => {
    // Ours replace any earlier values; every other attribute of the tag stays.
    const others = attributes.replace(/\s(?:lang|dir|data-boot-language)="[^"]*"/gi, '')
    return `<html${others} lang="${language}" dir="${directionOf(language)}" data-boot-language="${language}">`
  })
}
