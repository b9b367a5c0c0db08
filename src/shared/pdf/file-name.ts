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
  const label = PDF_STRINGS[language].documents[kind]
  // The title gives way first, so the document kind and date survive a very long title.
  const cleanTitle = cleanStem(shorten(title.trim(), 80, 160))
  const parts = [...(cleanTitle ? [cleanTitle] : []), label, ...(date ? [date] : [])]
  return sanitizeFileName(`${parts.join(' — ')}.${extension}`, `${label}.${extension}`)
}
