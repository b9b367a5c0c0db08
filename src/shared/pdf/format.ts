import { intlLocale, type Language } from '../i18n/languages'
import type { Plural } from './strings-types'

/** Roboto has no U+202F, which French text and `Intl` output use; U+00A0 looks the same in print. */
export const printable = (s: string): string => s.replace(/\u202f/g, '\u00a0')

// Intl constructors cost far more than formatting; a 500-note brief formats thousands of values.
const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  make: () => T
): T {
  let value = cache.get(key) as T | undefined
  if (!value) {
    value = make()
    cache.set(key, value)
  }
  return value
}
const numbers = (lang: Language) => cached(`n:${lang}`, () => new Intl.NumberFormat(intlLocale(lang)))
export const pluralRules = (lang: Language) => cached(`p:${lang}`, () => new Intl.PluralRules(lang))
const dates = (lang: Language, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(lang), options))

export function formatNumber(lang: Language, n: number): string {
  return printable(numbers(lang).format(n))
}

export function plural(lang: Language, n: number, forms: Plural): string {
  const category = pluralRules(lang).select(n)
  const noun =
    category === 'one' ? forms.one : category === 'other' ? forms.other : (forms[category] ?? forms.other)
  return `${formatNumber(lang, n)}\u00a0${noun}`
}

/** A calendar date (YYYY-MM-DD, no zone) in words: 16 March 2021, 16 de marzo de 2021, 16 mars 2021. */
export function formatDay(lang: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  return printable(dates(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date))
}

export function formatDayWithWeekday(lang: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  return printable(dates(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(date))
}

/** The day an instant falls on, in a zone (the export's date line). */
export function formatInstantDay(lang: Language, at: Date, timeZone: string): string {
  return printable(dates(lang, { dateStyle: 'long', timeZone: safeZone(timeZone) }).format(at))
}

/** An instant's wall-clock time in the session's zone, 24-hour in every language. */
export function formatInstantTime(lang: Language, iso: string, timeZone: string): string {
  return printable(
    dates(lang, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: safeZone(timeZone)
    }).format(new Date(iso))
  )
}

export function formatMinutes(lang: Language, minutes: number): string {
  const unit = (value: number, u: 'hour' | 'minute') =>
    cached(
      `u:${lang}:${u}`,
      () => new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: u, unitDisplay: 'short' })
    ).format(value)
  const h = Math.floor(Math.abs(minutes) / 60)
  const m = Math.abs(minutes) % 60
  const text =
    h === 0 ? unit(m, 'minute') : m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`
  return printable(text.replace(/ /g, '\u00a0'))
}

/** "10–25 min" when both ends are under an hour, otherwise each end in full. */
export function formatMinuteRange(lang: Language, min: number, max: number): string {
  if (max < 60) return `${formatNumber(lang, min)}–${formatMinutes(lang, max)}`
  return `${formatMinutes(lang, min)}–${formatMinutes(lang, max)}`
}

/** A zone the session names but this ICU does not know must not abort the export. */
export function safeZone(timeZone: string): string {
  try {
    dates('en', { timeZone })
    return timeZone
  } catch {
    return 'UTC'
  }
}
