import { LIMITS } from '../limits'

/** A rename: one tag, or several merged into one (the target may already exist). */
export interface RenameTags {
  from: string[]
  to: string
}

export interface TagRenamePreview {
  notes: number
  sessions: number
}

export interface TagRenameResult extends TagRenamePreview {
  /** Hand back to undo this rename (kept while the app runs). */
  undoId: string
}

const TAG = new RegExp(`^[\\p{L}\\p{N}-]{1,${LIMITS.note.tagLength}}$`, 'u')

/** A tag as notes carry it (lower case, no "#"), or null when notes could not carry it. */
export function normalizeTag(text: string): string | null {
  const tag = text.trim().replace(/^#/, '').toLocaleLowerCase()
  return TAG.test(tag) ? tag : null
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A note's tags and text after a rename: tags mapped and de-duplicated in their order, and the
 * inline `#tag` words in the text renamed too (tags come from them, so they must agree).
 */
export function renameInNote(
  note: { tags: readonly string[]; text: string },
  from: readonly string[],
  to: string
): { tags: string[]; text: string } | null {
  const gone = new Set(from)
  if (!note.tags.some((t) => gone.has(t))) return null
  const tags = [...new Set(note.tags.map((t) => (gone.has(t) ? to : t)))]
  const words = new RegExp(`#(${from.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu')
  return { tags, text: note.text.replace(words, `#${to}`).slice(0, LIMITS.note.text) }
}

/** The `#word` being typed just before the caret, if any: where it starts and what is typed so far. */
export function tagFragment(text: string, caret: number): { start: number; typed: string } | null {
  const match = /(^|[^\p{L}\p{N}-])#([\p{L}\p{N}-]{0,40})$/u.exec(text.slice(0, caret))
  if (!match) return null
  const typed = match[2] ?? ''
  return { start: caret - typed.length - 1, typed }
}

/** Existing tags that complete what is typed (accents and case aside), most used first. */
export function suggestTags(
  tags: readonly { tag: string; count: number }[],
  typed: string,
  fold: (s: string) => string,
  max = 6
): string[] {
  const wanted = fold(typed)
  return tags
    .filter((t) => fold(t.tag).startsWith(wanted) && t.tag !== typed.toLocaleLowerCase())
    .slice(0, max)
    .map((t) => t.tag)
}

/** The text with the fragment at the caret replaced by `#tag ` and where the caret goes next. */
export function completeTag(text: string, caret: number, tag: string): { text: string; caret: number } {
  const fragment = tagFragment(text, caret)
  if (!fragment) return { text, caret }
  const inserted = `#${tag} `
  const rest = text.slice(caret).replace(/^[\p{L}\p{N}-]*\s?/u, '')
  return {
    text: text.slice(0, fragment.start) + inserted + rest,
    caret: fragment.start + inserted.length
  }
}
