import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import { LIMITS } from '../../shared/limits'
import type { Board, NoteRef, SavedView } from '../../shared/insights/board'
import type { InsightQuery } from '../../shared/insights/query'
import type { DocumentStore, Revised } from './document-store'
import type { DocumentSpec } from './json-document'
import { INSIGHTS_FILE_VERSION, insightsFileSchema, insightsMigrations, type InsightsFile } from './schemas'

export const INSIGHTS_FILE = 'insights.json'

export const insightsSpec: DocumentSpec<InsightsFile> = {
  name: 'insights',
  version: INSIGHTS_FILE_VERSION,
  schema: insightsFileSchema,
  migrations: insightsMigrations
}

export const emptyInsights = (): InsightsFile => ({
  schemaVersion: INSIGHTS_FILE_VERSION,
  revision: 0,
  views: [],
  boards: [],
  origins: {}
})

const sameRef = (a: NoteRef, b: NoteRef) => a.sessionId === b.sessionId && a.noteId === b.noteId

/** Saved views, cross-session boards and import origins: everything Insights keeps. */
export class InsightsRepo {
  constructor(
    private readonly store: DocumentStore<InsightsFile>,
    private readonly now: () => Date
  ) {}

  get revision(): number {
    return this.store.revision
  }

  views(): SavedView[] {
    return structuredClone(this.store.data.views)
  }

  async saveView(name: string, query: InsightQuery): Promise<Revised<SavedView>> {
    const view: SavedView = { id: nanoid(), name, query, createdAt: this.now().toISOString() }
    return this.store.update((draft) => {
      if (draft.views.length >= LIMITS.insights.views)
        throw new AppError('insights/limit-reached', 'too many saved views')
      draft.views.push(view)
      return structuredClone(view)
    })
  }

  async deleteView(viewId: string): Promise<Revised<null>> {
    return this.store.update((draft) => {
      draft.views = draft.views.filter((v) => v.id !== viewId)
      return null
    })
  }

  boards(): Board[] {
    return structuredClone(this.store.data.boards)
  }

  board(boardId: string): Board {
    const found = this.store.data.boards.find((b) => b.id === boardId)
    if (!found) throw new AppError('insights/not-found', `no board ${boardId}`)
    return structuredClone(found)
  }

  async createBoard(name: string, query: InsightQuery): Promise<Revised<Board>> {
    const stamp = this.now().toISOString()
    const board: Board = { id: nanoid(), name, query, themes: [], createdAt: stamp, updatedAt: stamp }
    return this.store.update((draft) => {
      if (draft.boards.length >= LIMITS.insights.boards)
        throw new AppError('insights/limit-reached', 'too many boards')
      draft.boards.push(board)
      return structuredClone(board)
    })
  }

  async deleteBoard(boardId: string): Promise<Revised<null>> {
    return this.store.update((draft) => {
      draft.boards = draft.boards.filter((b) => b.id !== boardId)
      return null
    })
  }

  /** Change one board inside the write, so two changes never act on a board the other removed. */
  async changeBoard(
    boardId: string,
    change: (board: Board) => void,
    expectedRevision?: number
  ): Promise<Revised<Board>> {
    return this.store.update((draft) => {
      const board = draft.boards.find((b) => b.id === boardId)
      if (!board) throw new AppError('insights/not-found', `no board ${boardId}`)
      change(board)
      board.updatedAt = this.now().toISOString()
      return structuredClone(board)
    }, expectedRevision)
  }

  addTheme(boardId: string, name: string, expectedRevision?: number): Promise<Revised<Board>> {
    return this.changeBoard(
      boardId,
      (board) => {
        if (board.themes.length >= LIMITS.insights.themes)
          throw new AppError('insights/limit-reached', 'too many themes')
        board.themes.push({ id: nanoid(), name, notes: [] })
      },
      expectedRevision
    )
  }

  /** A note sits in at most one theme of a board; null takes it off the board. */
  placeNote(boardId: string, note: NoteRef, themeId: string | null): Promise<Revised<Board>> {
    return this.changeBoard(boardId, (board) => {
      const target = themeId === null ? null : board.themes.find((t) => t.id === themeId)
      if (themeId !== null && !target) throw new AppError('insights/not-found', `no theme ${themeId}`)
      for (const theme of board.themes) theme.notes = theme.notes.filter((n) => !sameRef(n, note))
      if (target) {
        if (target.notes.length >= LIMITS.insights.themeNotes)
          throw new AppError('insights/limit-reached', 'too many notes in one theme')
        target.notes.push({ ...note })
      }
    })
  }

  origins(): Record<string, string> {
    return { ...this.store.data.origins }
  }

  async setOrigin(sessionId: string, label: string | null): Promise<void> {
    await this.store.update((draft) => {
      if (label) draft.origins[sessionId] = label
      else delete draft.origins[sessionId]
    })
  }

  /** An erased session leaves no trace here: no origin, and no board keeps a reference to its notes. */
  async forgetSession(sessionId: string): Promise<void> {
    if (!this.mentions(sessionId)) return
    await this.store.update((draft) => {
      delete draft.origins[sessionId]
      for (const board of draft.boards)
        for (const theme of board.themes) theme.notes = theme.notes.filter((n) => n.sessionId !== sessionId)
    })
  }

  private mentions(sessionId: string): boolean {
    const data = this.store.data
    return (
      sessionId in data.origins ||
      data.boards.some((b) => b.themes.some((t) => t.notes.some((n) => n.sessionId === sessionId)))
    )
  }

  /**
   * Every text the user typed here (view and board names, searches, themes, origin labels) through
   * `replace`, which returns null when a text has nothing to change. Returns how many changed.
   */
  async scrubTexts(replace: (text: string, max: number) => string | null, dryRun = false): Promise<number> {
    const count = (data: InsightsFile) => {
      let changed = 0
      const field = <K extends string>(obj: Record<K, string>, key: K, max: number) => {
        const next = replace(obj[key], max)
        if (next === null) return
        obj[key] = next
        changed++
      }
      const L = LIMITS.insights
      for (const view of data.views) {
        field(view, 'name', L.viewName)
        field(view.query, 'q', L.query)
      }
      for (const board of data.boards) {
        field(board, 'name', L.viewName)
        field(board.query, 'q', L.query)
        for (const theme of board.themes) field(theme, 'name', L.themeName)
      }
      for (const id of Object.keys(data.origins)) field(data.origins, id, L.originLabel)
      return changed
    }
    const found = count(structuredClone(this.store.data) as InsightsFile)
    if (found > 0 && !dryRun) await this.store.update((draft) => void count(draft))
    return found
  }

  idle(): Promise<void> {
    return this.store.idle()
  }
}
