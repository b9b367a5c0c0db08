import type { Language } from '../i18n/languages'
import type { BriefKind } from './input'
import { PDF_STRINGS } from './strings'

/**
 * A file name built from a session title is user data going into a path. These rules make it a
 * single, ordinary file name on Windows, macOS and Linux: no separators or `..`, no control or
 * bidi characters (which can disguise an extension), no reserved device names, no trailing dots
 * or spaces, and short enough for every filesystem once the folder is added.
 */
const MAX_CHARS = 120
const MAX_BYTES = 240
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

const cleanStem = (s: string) =>
  s
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    // "..", "...": never a path step, and no hidden extension tricks.
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.\-_]+/, '')
    .replace(/[\s.]+$/, '')

export function sanitizeFileName(name: string, fallback = 'passerelle-export.pdf'): string {
  const dot = name.lastIndexOf('.')
  const rawExt = dot > 0 ? name.slice(dot + 1) : ''
  const ext = /^[A-Za-z0-9]{1,8}$/.test(rawExt) ? `.${rawExt.toLowerCase()}` : ''
  let stem = cleanStem(ext ? name.slice(0, dot) : name)
  if (!stem) return fallback === name ? 'passerelle-export.pdf' : sanitizeFileName(fallback)
  // Windows reserves device names whatever the extension: "CON.pdf" is still the console.
  const firstPart = stem.split('.')[0]?.trim() ?? ''
  if (RESERVED.test(firstPart)) stem = `_${stem}`
  stem = shorten(stem, MAX_CHARS - ext.length, MAX_BYTES - ext.length).replace(/[\s.-]+$/, '')
  return `${stem || 'passerelle-export'}${ext}`
}

/** Cut to a length in characters and in UTF-8 bytes without splitting a character or an emoji. */
function shorten(s: string, maxChars: number, maxBytes: number): string {
  const encoder = new TextEncoder()
  let out = ''
  let chars = 0
  let bytes = 0
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    const size = encoder.encode(segment).length
    const count = [...segment].length
    if (chars + count > maxChars || bytes + size > maxBytes) break
    out += segment
    chars += count
    bytes += size
  }
  return out
}

/** "Session title — Outcome brief — 2026-03-16.pdf", already safe to write. */
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
