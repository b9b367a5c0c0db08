export const LANGUAGES = ['en', 'es', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Every shipped language is left-to-right; the map exists so Arabic can be added without touching callers. */
const DIRECTION: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', es: 'ltr', fr: 'ltr' }
export function directionOf(lang: Language): 'ltr' | 'rtl' {
  return DIRECTION[lang]
}

/** Each language written in its own name, as a language picker should show it. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français'
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
