import { z } from 'zod'
import { RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { IMPORT_FILE_MAX_BYTES } from '../ipc/request-limits'
import { importPassphrase } from '../protection/schemas'

/**
 * Looking after the notebook: backups, moving a session in or out as a file, erasing. The shapes
 * main returns for these, and the inputs it accepts.
 */
export interface BackupCounts {
  notes: number
  blocks: number
  journeys: number
  actions: number
}

export interface BackupEntry {
  stamp: string
  /** ISO 8601 (extended) form of the stamp, for display. */
  takenAt: string
  size: number
  /** False when the file no longer reads or validates: listed so the user sees it, never restorable. */
  valid: boolean
  title: string | null
  counts: BackupCounts | null
}

export interface SessionCounts {
  blocks: number
  personas: number
  notes: number
  journeys: number
  clusters: number
  actions: number
}

export interface SessionPreview {
  id: string
  title: string
  date: string | null
  /** The version written in the file; older ones are migrated on import. */
  schemaVersion: number
  counts: SessionCounts
  /** A session with this id is already in the notebook (or its trash): import only as a copy. */
  exists: boolean
}

export interface BackupRestored {
  /** The backup holding the state just before this restore, so the restore can be undone. */
  undoStamp: string | null
}

export interface SessionErasure {
  /** Files removed: the session file, set-aside copies, the trash copy, backups and temp files. */
  files: number
}

export interface PseudonymErasure {
  /** Live sessions that changed. */
  sessions: number
  /** Notes whose speaker was the pseudonym and now has none. */
  speakers: number
  /** Text fields in live sessions where it was replaced by `ERASED_MARK`. */
  mentions: number
  /** Library entries changed: private notes, own items and saved templates. */
  library: number
  /** Backup files rewritten (each verified again). */
  backups: number
  /** Deleted sessions waiting in the trash that were rewritten. */
  trash: number
  /** Damaged files (set-aside copies, unreadable backups) cleaned as raw text. */
  damaged: number
  /** Leftover temp files removed. */
  tempFiles: number
  /** Files that could not be cleaned (written by a newer version), relative to the notebook folder. */
  skipped: string[]
}

const sessionId = z.string().regex(RECORD_ID_PATTERN)
export const sessionIdInput = z.strictObject({ sessionId })
/**
 * The file's text as the renderer read it with the File API; it never sends a path. Capped at
 * what the renderer reads, not at the session limit: a file over that limit must reach the
 * transfer service, which refuses it as `import/too-large`, not as a generic invalid input.
 */
const fileContent = z.string().max(IMPORT_FILE_MAX_BYTES)

export const backupsListInput = z.strictObject({ sessionId })
export const backupRestoreInput = z.strictObject({
  sessionId,
  stamp: z.string().max(LIMITS.transfer.backupStamp)
})
/**
 * `passphrase`: for a session file exported sealed to one; without it such a file is refused with
 * `crypto/passphrase-required` (so the page can ask), with a wrong one `crypto/wrong-passphrase`.
 */
export const sessionImportPreviewInput = z.strictObject({
  content: fileContent,
  passphrase: importPassphrase
})
export const sessionImportInput = z.strictObject({
  content: fileContent,
  passphrase: importPassphrase,
  asCopy: z.boolean(),
  titleSuffix: z.string().max(LIMITS.transfer.titleSuffix).optional()
})
/** A colleague's session, imported with where it came from (one file of a multi-file import). */
export const labelledImportInput = z.strictObject({
  content: fileContent,
  passphrase: importPassphrase,
  origin: z
    .string()
    .max(LIMITS.insights.originLabel)
    .transform((s) => s.trim())
    .nullable(),
  titleSuffix: z.string().max(LIMITS.transfer.titleSuffix).optional()
})
/**
 * `imported`: a new session; `copy`: its id was taken by a different session, so it came in as a
 * copy; `skipped`: the very same session is already in the notebook, nothing was written.
 */
export interface LabelledImport {
  status: 'imported' | 'copy' | 'skipped'
  id: string
  title: string
}

export const erasePseudonymInput = z.strictObject({
  name: z
    .string()
    .max(LIMITS.pseudonym.max)
    .transform((s) => s.trim())
    .pipe(z.string().min(LIMITS.pseudonym.min)),
  dryRun: z.boolean()
})
