export const LANGUAGES = ['en', 'es', 'fr', 'ar'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Arabic is written right to left; the document's `dir` follows the language, set once at the root. */
const DIRECTION: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', es: 'ltr', fr: 'ltr', ar: 'rtl' }
export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return DIRECTION[lang]
}

/**
 * The languages every content pack and the planning catalog must carry in full. Arabic is optional
 * in packs: the note was published in English, Spanish and French only, and a pack for another note
 * may have no Arabic; a text without it is shown in English (see `localizedText`).
 */
export const CONTENT_LANGUAGES = ['en', 'es', 'fr'] as const satisfies readonly Language[]
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

/**
 * The locale `Intl` formats numbers, dates and times with. Arabic uses Western digits (0–9) by
 * default, as `ar-TN`, `ar-MA` and `ar-DZ` do: the Maghreb partner cities write them, i18next
 * interpolates `{{count}}` with them, and agenda times typed as HH:MM stay the same digits the
 * facilitator typed. docs/architecture.md (§ Right to left) says why.
 */
const INTL_LOCALE: Record<Language, string> = { en: 'en', es: 'es', fr: 'fr', ar: 'ar-u-nu-latn' }
export function intlLocale(lang: string): string {
  return isLanguage(lang) ? INTL_LOCALE[lang] : lang
}

/** Each language written in its own name, as a language picker should show it. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية'
}

/**
 * The first of someone's preferred languages, most preferred first, that Passerelle speaks; null
 * when none is. Takes BCP 47 tags (`fr-CA`, `es-419`, from `navigator.languages`, Electron or an
 * Accept-Language header) and POSIX locales (`fr_FR.UTF-8`): only the language part counts.
 */
export function pickLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag
      .trim()
      .split(/[-_.@]/, 1)[0]
      ?.toLowerCase()
    if (isLanguage(primary)) return primary
  }
  return null
}

/**
 * An Accept-Language header's language tags, most preferred first (by `q`, then by order); `*`,
 * `q=0` and malformed entries are left out. At most 32 entries are read.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return []
  const entries: { tag: string; q: number; order: number }[] = []
  for (const [order, part] of header.split(',').slice(0, 32).entries()) {
    const [tag = '', ...params] = part.split(';').map((s) => s.trim())
    if (!/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) continue
    const qParam = params.find((p) => /^q=/i.test(p))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (!(q > 0 && q <= 1)) continue
    entries.push({ tag, q, order })
  }
  return entries.sort((a, b) => b.q - a.q || a.order - b.order).map((e) => e.tag)
}
