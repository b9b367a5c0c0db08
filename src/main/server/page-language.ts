import { directionOf, type Language } from '../../shared/i18n/languages'

/**
 * Writes the saved language into the page's `<html>` tag. The renderer reads `data-boot-language`
 * and paints its first frame in that language without waiting for a settings request, and `lang`
 * is right for screen readers before any script runs. `language` is a validated settings value.
 */
export function withPageLanguage(html: string, language: Language): string {
  return html.replace(
    /<html\b[^>]*>/i,
    `<html lang="${language}" dir="${directionOf(language)}" data-boot-language="${language}">`
  )
}
