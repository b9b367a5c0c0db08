import { cleanStem, sanitizeFileName, shorten } from '../file-names'
import type { Language } from '../i18n/languages'
import type { BriefKind } from './input'
import { PDF_STRINGS } from './strings'

export { sanitizeFileName } from '../file-names'

/** "Session title — Outcome brief — 2026-03-16.pdf", already safe to write (src/shared/file-names.ts). */
export function briefFileName(
  title: string,
  kind: BriefKind,
  language: Language,
  date: string | null,
  extension = 'pdf'
): string {
  return namedFile(title, PDF_STRINGS[language].documents[kind], date, extension)
}

/** "Board name — Cross-session brief — 2026-03-17.pdf", by the same rules as `briefFileName`. */
export function crossBriefFileName(
  boardName: string,
  language: Language,
  date: string | null,
  extension = 'pdf'
): string {
  return namedFile(boardName, PDF_STRINGS[language].crossBrief.document, date, extension)
}

function namedFile(title: string, label: string, date: string | null, extension: string): string {
  // The title gives way first, so the document kind and date survive a very long title.
  const cleanTitle = cleanStem(shorten(title.trim(), 80, 160))
  const parts = [...(cleanTitle ? [cleanTitle] : []), label, ...(date ? [date] : [])]
  return sanitizeFileName(`${parts.join(' — ')}.${extension}`, `${label}.${extension}`)
}
