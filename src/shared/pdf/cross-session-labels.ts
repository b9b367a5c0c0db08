import { intlLocale, type Language } from '../i18n/languages'
import type { CrossSession, CrossSessionData } from './cross-session-data'
import {
  PDF_STRINGS,
  formatDay,
  formatInstantDay,
  formatNumber,
  plural,
  printable,
  safeZone
} from './strings'

/**
 * What the PDF and the Markdown cross-session brief both print (and where the data finds a city
 * and a day), so the two say the same.
 */

/** The first part of a place as facilitators write it: "Grenoble — Maison des habitants", "Sousse, Tunisia". */
export function cityOf(place: string): string {
  return (
    place
      .trim()
      .split(/\s+[—–-]\s+|[,(/·|]/)[0]
      ?.trim() ?? ''
  )
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()
/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(iso: string, timeZone: string): string {
  const zone = safeZone(timeZone)
  let format = dayFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
    })
    dayFormats.set(zone, format)
  }
  return format.format(new Date(iso))
}

const ranges = new Map<string, Intl.DateTimeFormat>()
const dayDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}
function rangeFormat(lang: Language, month: 'long' | 'short' | '2-digit'): Intl.DateTimeFormat {
  const key = `${lang}:${month}`
  let format = ranges.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), {
      day: month === '2-digit' ? '2-digit' : 'numeric',
      month,
      year: month === '2-digit' ? '2-digit' : 'numeric',
      timeZone: 'UTC'
    })
    ranges.set(key, format)
  }
  return format
}

/** "16 mars – 12 mai 2026"; one day when both ends are the same. */
export function dayRange(lang: Language, from: string, to: string, month: 'long' | 'short' = 'long'): string {
  if (from === to)
    return month === 'long'
      ? formatDay(lang, from)
      : printable(rangeFormat(lang, month).format(dayDate(from)))
  return printable(rangeFormat(lang, month).formatRange(dayDate(from), dayDate(to)))
}

/** "16/03/26": the coverage table's column heads have room for little more. */
export const numericDay = (lang: Language, day: string): string =>
  printable(rangeFormat(lang, '2-digit').format(dayDate(day)))

/** The session's city, or what stands for it. */
export function cityLabel(lang: Language, session: CrossSession): string {
  const s = PDF_STRINGS[lang]
  return session.city || (session.online ? s.facts.online : s.crossBrief.placeNotGiven)
}

/** The place in full, as the session gives it. */
export function placeLabel(lang: Language, session: CrossSession): string {
  const s = PDF_STRINGS[lang]
  if (session.online) return session.place ? s.facts.onlineAndPlace(session.place) : s.facts.online
  return session.place || s.crossBrief.placeNotGiven
}

/** The session's date; for one without, the days its notes were taken. */
export function sessionDay(lang: Language, session: CrossSession): string {
  if (session.date) return formatDay(lang, session.date)
  const [first, last] = [session.noteDays[0], session.noteDays.at(-1)]
  return first && last ? dayRange(lang, first, last) : PDF_STRINGS[lang].crossBrief.dateNotGiven
}

/** The first day a session appears under, for its column head. */
export const sessionFirstDay = (session: CrossSession): string | null =>
  session.date ?? session.noteDays[0] ?? null

/** "3 sessions · Grenoble, Barcelona, Sousse" */
export function sessionsLine(lang: Language, data: CrossSessionData): string {
  const s = PDF_STRINGS[lang].crossBrief
  const cities = [...new Set(data.sessions.map((x) => cityLabel(lang, x)))]
  return [
    plural(lang, data.sessions.length, s.sessionCount),
    ...(cities.length ? [cities.join(', ')] : [])
  ].join(' · ')
}

export function consentText(lang: Language, data: CrossSessionData): string {
  const s = PDF_STRINGS[lang]
  const notes = plural(lang, data.counts.included, s.coverage.noteCount)
  const kept = data.counts.total - data.counts.included
  return kept > 0 ? s.crossBrief.consentLine(notes, formatNumber(lang, kept)) : s.crossBrief.allShared(notes)
}

export const generatedLine = (lang: Language, data: CrossSessionData, at: Date): string =>
  PDF_STRINGS[lang].crossBrief.generatedOn(formatInstantDay(lang, at, data.timeZone))

/** "Grenoble — Maison des habitants · 16 March 2026": where and when a group of notes was said. */
export const groupPlaceAndDay = (lang: Language, session: CrossSession, day: string): string =>
  `${placeLabel(lang, session)} · ${formatDay(lang, day)}`
