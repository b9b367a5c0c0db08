import type { ContentPack } from '../content/schema'
import type { Language } from '../i18n/languages'
import type { PlanningCatalog } from '../planning/catalog-schema'
import type { Session } from '../planning/session'
import type { PageSize } from '../pdf/types'
import type { Board } from './board'

/**
 * What a cross-session brief is built from: a board (themes holding references to notes) and
 * every session those notes come from. Each note's consent is judged by its own session's rules.
 */
export interface CrossBriefInput {
  board: Pick<Board, 'name' | 'themes'>
  /** The sessions the board's notes come from (any order); references to other sessions are skipped. */
  sessions: Session[]
  /** "Imported from" label per session id; absent or null for the facilitator's own sessions. */
  origins: Record<string, string | null>
  pack: ContentPack
  catalog: PlanningCatalog
  language: Language
  pageSize: PageSize
  generatedAt: Date
}
