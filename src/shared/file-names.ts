/**
 * The one rule for every file name Passerelle writes or proposes: exported briefs and Markdown,
 * exported session files, and the copies of imported content packs in the notebook. A name built
 * from user data (a session title, a pack id) becomes a single, ordinary file name on Windows,
 * macOS and Linux: no separators or `..`, no control or bidi characters (which can disguise an
 * extension), no reserved device names, no trailing dots or spaces, and short enough for every
 * filesystem once the folder is added.
 */
const MAX_CHARS = 120
const MAX_BYTES = 240
// Windows opens the device, not a file, for these names whatever the extension or case.
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** True when Windows would take `name` for a device: "nul", "CON.pdf", "com1.tar.gz", "aux .txt". */
export function isDeviceName(name: string): boolean {
  return DEVICE_NAMES.test(name.split('.')[0]?.trim() ?? '')
}

/** The name with a leading underscore when it is a device name; `_` starts no device name. */
export const avoidDeviceName = (name: string): string => (isDeviceName(name) ? `_${name}` : name)

export const cleanStem = (s: string): string =>
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
  stem = avoidDeviceName(stem)
  stem = shorten(stem, MAX_CHARS - ext.length, MAX_BYTES - ext.length).replace(/[\s.-]+$/, '')
  return `${stem || 'passerelle-export'}${ext}`
}

/** Cut to a length in characters and in UTF-8 bytes without splitting a character or an emoji. */
export function shorten(s: string, maxChars: number, maxBytes: number): string {
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

export const SESSION_SUFFIX = '.passerelle-session.json'

/** "Atelier-Sousse-Grenoble.passerelle-session.json": the name proposed for an exported session. */
export function sessionFileName(title: string): string {
  const slug = shorten(title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-'), 60, 180).replace(
    /^-+|-+$/g,
    ''
  )
  return sanitizeFileName(`${slug || 'session'}${SESSION_SUFFIX}`, `session${SESSION_SUFFIX}`)
}

/**
 * Where an imported pack is kept in the notebook's `packs/` folder. Pack ids are lower-case words
 * joined by hyphens, so the id is a safe name already, except a device name: "nul.json" on
 * Windows would write into the void and the pack would be gone at the next start. Such a pack is
 * kept as "_nul.json" rather than refused: the id is valid data that other systems accept, the
 * underscore cannot appear in an id (no two packs share a file), and the notebook reads a pack's
 * id from its content, never from its file name.
 */
export function packFileName(id: string): string {
  return `${avoidDeviceName(id)}.json`
}
