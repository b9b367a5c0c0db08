import { CONTENT_PACK_FORMAT } from '../content/constants'
import { SESSION_SUFFIX } from '../file-names'

/**
 * Which import a file opened from outside the app leads to (double-click, command line, drop,
 * a second instance): the same two previews the Import buttons open. Pure, so main (paths) and
 * the renderer (dropped files) decide the same way.
 */
export type ImportKind = 'session' | 'pack'

export { SESSION_SUFFIX }
/** Content packs are plain `.json`; this suffix is what the file association recognises. */
export const PACK_SUFFIX = '.passerelle-pack.json'

/** Judged by name alone: null when the name says nothing (a plain `.json` must be looked into). */
export function importKindByName(name: string): ImportKind | null {
  const lower = name.toLowerCase()
  if (lower.endsWith(SESSION_SUFFIX)) return 'session'
  if (lower.endsWith(PACK_SUFFIX)) return 'pack'
  return null
}

/** Only JSON files are ever read; anything else is refused by name, unread. */
export const mightBeOurs = (name: string): boolean => name.toLowerCase().endsWith('.json')

/** One file at a time, as the import preview shows one: the first that might be ours, else the first. */
export function pickOne<T>(items: readonly T[], nameOf: (item: T) => string): T | null {
  return items.find((item) => mightBeOurs(nameOf(item))) ?? items[0] ?? null
}

/** The top-level `format` a JSON text declares, if it parses to an object that has one. */
function declaredFormat(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as { format?: unknown }).format
      : undefined
  } catch {
    return undefined
  }
}

/**
 * A plain `.json`: a content pack declares its format at the top level; anything else goes to
 * the session preview, whose validation gives the usual refusal when it is not a session either.
 */
export function importKindOf(name: string, text: string): ImportKind {
  return importKindByName(name) ?? (declaredFormat(text) === CONTENT_PACK_FORMAT ? 'pack' : 'session')
}
