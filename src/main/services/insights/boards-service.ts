import type { BoardView } from '../../../shared/ipc/contract'
import type { InsightRow } from '../../../shared/insights/query'
import { AppError } from '../../../shared/errors'
import type { Notebook } from '../../storage/notebook'
import type { Revised } from '../../storage/document-store'
import type { Board } from '../../../shared/insights/board'
import type { NoteIndex } from '../../../shared/insights/note-index'

const keyOf = (sessionId: string, noteId: string) => `${sessionId}/${noteId}`

/** Cross-session boards as the screen shows them: each placed note as it is now in its session. */
export function createBoardsService(notebook: Pick<Notebook, 'insights'>, index: NoteIndex) {
  const themeOf = (board: Board, themeId: string) => {
    const theme = board.themes.find((t) => t.id === themeId)
    if (!theme) throw new AppError('insights/not-found', `no theme ${themeId}`)
    return theme
  }
  return {
    get(boardId: string): BoardView {
      const board = notebook.insights.board(boardId)
      const notes: Record<string, InsightRow> = {}
      for (const theme of board.themes)
        for (const ref of theme.notes) {
          const row = index.row(ref.sessionId, ref.noteId)
          if (row) notes[keyOf(ref.sessionId, ref.noteId)] = row
        }
      return { board, revision: notebook.insights.revision, notes }
    },

    renameTheme(
      boardId: string,
      themeId: string,
      name: string,
      expectedRevision?: number
    ): Promise<Revised<Board>> {
      return notebook.insights.changeBoard(
        boardId,
        (board) => void (themeOf(board, themeId).name = name),
        expectedRevision
      )
    },

    /** The theme goes; its notes simply leave the board (they stay in their sessions). */
    deleteTheme(boardId: string, themeId: string, expectedRevision?: number): Promise<Revised<Board>> {
      return notebook.insights.changeBoard(
        boardId,
        (board) => {
          themeOf(board, themeId)
          board.themes = board.themes.filter((t) => t.id !== themeId)
        },
        expectedRevision
      )
    }
  }
}
