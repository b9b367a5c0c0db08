import { nanoid } from 'nanoid'
import { AppError } from '../../../shared/errors'
import {
  renameInNote,
  type RenameTags,
  type TagRenamePreview,
  type TagRenameResult
} from '../../../shared/insights/tags'
import type { Notebook } from '../../storage/notebook'
import type { NoteIndex } from '../../../shared/insights/note-index'

interface NoteChange {
  noteId: string
  before: { tags: string[]; text: string }
  after: { tags: string[]; text: string }
}

/** Undo records kept while the app runs; the oldest go first. */
const UNDO_KEPT = 20

const same = (a: { tags: readonly string[]; text: string }, b: { tags: readonly string[]; text: string }) =>
  a.text === b.text && a.tags.join(' ') === b.tags.join(' ')

/**
 * Tags across the whole notebook: rename one, or merge several into one, in every session at
 * once, with a preview of what changes and an undo that leaves alone any note edited since.
 */
export function createTagService(notebook: Pick<Notebook, 'sessions' | 'status'>, index: NoteIndex) {
  const refuseReadOnly = () => {
    if (notebook.status().readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
  }
  const undos = new Map<string, Map<string, NoteChange[]>>()

  /** Sessions and notes carrying any of the tags, found through the index (no file opened). */
  const affected = (from: readonly string[]) => index.notesTagged(from)

  const count = (found: Map<string, string[]>): TagRenamePreview => ({
    sessions: found.size,
    notes: [...found.values()].reduce((n, ids) => n + ids.length, 0)
  })

  return {
    preview: ({ from }: RenameTags): TagRenamePreview => count(affected(from)),

    async rename({ from, to }: RenameTags): Promise<TagRenameResult> {
      refuseReadOnly()
      const record = new Map<string, NoteChange[]>()
      for (const sessionId of affected(from).keys()) {
        const changes = await notebook.sessions.mutate(sessionId, (draft) => {
          const done: NoteChange[] = []
          draft.captures = draft.captures.map((note) => {
            const after = renameInNote(note, from, to)
            if (!after) return note
            done.push({ noteId: note.id, before: { tags: [...note.tags], text: note.text }, after })
            return { ...note, ...after }
          })
          return done
        })
        if (changes.value.length > 0) record.set(sessionId, changes.value)
      }
      const undoId = nanoid()
      undos.set(undoId, record)
      for (const old of [...undos.keys()].slice(0, Math.max(0, undos.size - UNDO_KEPT))) undos.delete(old)
      const notes = [...record.values()].reduce((n, c) => n + c.length, 0)
      return { undoId, sessions: record.size, notes }
    },

    /** Puts back what the rename changed; a note edited since keeps its edit. Returns notes restored. */
    async undo(undoId: string): Promise<{ notes: number }> {
      refuseReadOnly()
      const record = undos.get(undoId)
      if (!record) throw new AppError('tags/undo-expired', `no rename ${undoId} to undo`)
      undos.delete(undoId)
      let notes = 0
      for (const [sessionId, changes] of record) {
        const byId = new Map(changes.map((c) => [c.noteId, c]))
        const restored = await notebook.sessions
          .mutate(sessionId, (draft) => {
            let n = 0
            draft.captures = draft.captures.map((note) => {
              const change = byId.get(note.id)
              if (!change || !same(note, change.after)) return note
              n++
              return { ...note, ...change.before }
            })
            return n
          })
          .catch((error: unknown) => {
            // A session erased since has nothing left to restore.
            if (error instanceof AppError && error.code === 'session/not-found') return { value: 0 }
            throw error
          })
        notes += restored.value
      }
      return { notes }
    }
  }
}
