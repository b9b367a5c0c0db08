import { z } from 'zod'
import { annotationSchema, ownItemSchema } from '../../shared/content/library'
import { settingsSchema } from '../../shared/domain/settings'
import { RECORD_ID_PATTERN } from '../../shared/ids'
import { LIMITS } from '../../shared/limits'
import { ownTemplateSchema } from '../../shared/planning/session'
import { emptySynthesis } from '../../shared/planning/synthesis'
import { boardSchema, savedViewSchema } from '../../shared/insights/board'

/**
 * On-disk shapes. Each file carries `schemaVersion`; bump it with a migration in the matching
 * `migrations` map and a fixture under tests/fixtures/notebook/ whenever a shape changes.
 */
export const NOTEBOOK_VERSION = 3
export { SESSION_VERSION as SESSION_FILE_VERSION } from '../../shared/planning/session'

export const sessionIdSchema = z.string().regex(RECORD_ID_PATTERN)

export const sessionIndexEntrySchema = z.strictObject({
  id: sessionIdSchema,
  title: z.string().max(LIMITS.session.title),
  /** Added after v1 without a version bump: optional, so older notebooks still read. */
  date: z.iso.date().nullable().optional(),
  updatedAt: z.iso.datetime()
})
export type SessionIndexEntry = z.infer<typeof sessionIndexEntrySchema>

export const notebookFileSchema = z.strictObject({
  schemaVersion: z.literal(NOTEBOOK_VERSION),
  revision: z.int().min(0),
  settings: settingsSchema,
  sessions: z.array(sessionIndexEntrySchema)
})
export type NotebookFile = z.infer<typeof notebookFileSchema>

export {
  sessionSchema as sessionFileSchema,
  type Session as SessionFile
} from '../../shared/planning/session'

/** Session files v1 held only identity and title; v2 adds details, consent, agenda and personas. */
export const sessionMigrations = {
  1: (doc: Record<string, unknown>) => ({
    ...doc,
    date: null,
    startTime: '09:00',
    plannedEnd: null,
    timeZone: 'UTC',
    place: '',
    online: false,
    languages: [],
    audience: '',
    objectives: '',
    notes: '',
    consent: { chathamHouse: true, attributableQuotes: false, photos: false, note: '' },
    blocks: [],
    personas: []
  }),
  /** v3 adds captured notes and the live record of how the agenda actually ran. */
  2: (doc: Record<string, unknown>) => ({ ...doc, captures: [], live: { startedAt: null, blocks: {} } }),
  /** v4 adds the storytelling journeys (doors and walls per persona). */
  3: (doc: Record<string, unknown>) => ({ ...doc, journeys: [] }),
  /** v5 adds the synthesis: clusters, dot votes and action items. */
  4: (doc: Record<string, unknown>) => ({ ...doc, synthesis: emptySynthesis() }),
  /** v6 counts committed changes, so a stale screen's edit is refused instead of obeyed. */
  5: withRevision
}

export const notebookMigrations = {
  /** notebook.json v2 counts committed changes (`revision`). */
  1: withRevision,
  /**
   * v3 tells "never chose a language" (null) from a choice, and remembers a hidden welcome. v2
   * wrote English into every new notebook before anyone chose, so its "en" means "never chose"
   * (the system's language is used from now on); Spanish or French was a choice and stays. A
   * notebook that already holds sessions has found its way: no welcome.
   */
  2: (doc: Record<string, unknown>) => {
    const settings = isRecord(doc.settings) ? doc.settings : {}
    return {
      ...doc,
      settings: {
        ...settings,
        language: settings.language === 'en' ? null : settings.language,
        welcomeDismissed: Array.isArray(doc.sessions) && doc.sessions.length > 0
      }
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function withRevision(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, revision: 0 }
}

export const LIBRARY_FILE_VERSION = 3

export const libraryFileSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_FILE_VERSION),
  revision: z.int().min(0),
  annotations: z.array(annotationSchema).max(LIMITS.library.annotations),
  ownItems: z.array(ownItemSchema).max(LIMITS.library.ownItems),
  templates: z.array(ownTemplateSchema).max(LIMITS.library.templates)
})

/** library.json v1 had no own templates. */
export const libraryMigrations = {
  1: (doc: Record<string, unknown>) => ({ ...doc, templates: [] }),
  /** v3 counts committed changes (`revision`). */
  2: withRevision
}
export type LibraryFile = z.infer<typeof libraryFileSchema>

export const INSIGHTS_FILE_VERSION = 1

/** insights.json: saved views, cross-session boards, and where imported sessions came from. */
export const insightsFileSchema = z.strictObject({
  schemaVersion: z.literal(INSIGHTS_FILE_VERSION),
  revision: z.int().min(0),
  views: z.array(savedViewSchema).max(LIMITS.insights.views),
  boards: z.array(boardSchema).max(LIMITS.insights.boards),
  /** The "imported from" label of each session imported from a colleague, by session id. */
  origins: z.record(sessionIdSchema, z.string().min(1).max(LIMITS.insights.originLabel))
})
export type InsightsFile = z.infer<typeof insightsFileSchema>
export const insightsMigrations = {}
