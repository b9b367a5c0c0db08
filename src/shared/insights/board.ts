import { z } from 'zod'
import { RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { insightQuerySchema } from './query-schema'

/**
 * What the notebook keeps about Insights (insights.json): saved views and cross-session
 * synthesis boards. Boards hold references to notes, never copies of their text: a note erased
 * or deleted in its session is gone from every board, and its consent is always its session's.
 */
const L = LIMITS.insights
const id = z.string().regex(RECORD_ID_PATTERN)
const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1))

export const noteRefSchema = z.strictObject({ sessionId: id, noteId: id })
export type NoteRef = z.infer<typeof noteRefSchema>

export const savedViewSchema = z.strictObject({
  id,
  name: z.string().min(1).max(L.viewName),
  query: insightQuerySchema,
  createdAt: z.iso.datetime()
})
export type SavedView = z.infer<typeof savedViewSchema>

export const themeSchema = z.strictObject({
  id,
  name: z.string().min(1).max(L.themeName),
  notes: z.array(noteRefSchema).max(L.themeNotes)
})
export type Theme = z.infer<typeof themeSchema>

export const boardSchema = z.strictObject({
  id,
  name: z.string().min(1).max(L.viewName),
  /** The view the board was started from, to find more notes for it. */
  query: insightQuerySchema,
  themes: z.array(themeSchema).max(L.themes),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Board = z.infer<typeof boardSchema>

export const saveViewInput = z.strictObject({ name: trimmed(L.viewName), query: insightQuerySchema })
export const viewRefInput = z.strictObject({ viewId: id })
export const createBoardInput = z.strictObject({ name: trimmed(L.viewName), query: insightQuerySchema })
export const boardRefInput = z.strictObject({ boardId: id })
export const addThemeInput = z.strictObject({ boardId: id, name: trimmed(L.themeName) })
export const updateThemeInput = z.strictObject({ boardId: id, themeId: id, name: trimmed(L.themeName) })
export const themeRefInput = z.strictObject({ boardId: id, themeId: id })
/** Put a note into a theme (themeId) or take it off the board (null). */
export const placeOnBoardInput = z.strictObject({
  boardId: id,
  note: noteRefSchema,
  themeId: id.nullable()
})
