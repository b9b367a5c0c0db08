import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages'
import type { Localized } from './schema'

/**
 * A pack text in the wanted language, or in English when the pack has none in it (only Arabic is
 * optional, so only Arabic ever falls back). English rather than "the pack's first language":
 * every pack must carry English, so the fallback is the same for every text and every pack.
 */
export function localizedText(text: Localized, lang: Language): string
export function localizedText(text: Localized | undefined, lang: Language): string | undefined
export function localizedText(text: Localized | undefined, lang: Language): string | undefined {
  if (text === undefined) return undefined
  return text[lang] ?? text.en
}

/** The language `localizedText` actually returns, so the screen can say so and mark it with `lang`. */
export function shownLanguage(text: Localized, lang: Language): Language {
  return text[lang] === undefined ? DEFAULT_LANGUAGE : lang
}
