import { LIMITS } from '../../shared/limits'
import type { SessionCounts } from '../../shared/domain/notebook-ops'
import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { AppError, type ErrorIssue } from '../../shared/errors'
import { toIssues } from '../../shared/zod-issues'
import { readData, writeData } from './file-codec'
import { migrate } from './json-document'
import { SESSION_FILE_VERSION, sessionFileSchema, sessionMigrations, type SessionFile } from './schemas'

/**
 * A session file read from somewhere other than the live notebook (a backup, the trash, an
 * imported file): migrated and validated like a live one, but failures are values, not set-asides.
 */
export type SessionCheck =
  | { ok: true; session: SessionFile; migratedFrom?: number }
  | {
      ok: false
      reason: 'not-a-session' | 'newer' | 'invalid'
      detail: string
      issues?: ErrorIssue[]
    }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function checkSession(value: unknown): SessionCheck {
  if (!isRecord(value)) return { ok: false, reason: 'not-a-session', detail: 'not a JSON object' }
  if (value.format === 'passerelle.content-pack')
    return { ok: false, reason: 'not-a-session', detail: 'a content pack: import it in the Library' }
  // Notebook, library and catalog files have a version but no id; packs have an id but no version.
  if (typeof value.id !== 'string' || !('schemaVersion' in value))
    return { ok: false, reason: 'not-a-session', detail: 'no session id or schemaVersion' }
  const version = value.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid', detail: 'schemaVersion is not a positive integer' }
  if (version > SESSION_FILE_VERSION)
    return { ok: false, reason: 'newer', detail: `schemaVersion ${version} > ${SESSION_FILE_VERSION}` }
  let candidate: Record<string, unknown>
  try {
    candidate = migrate(value, { version: SESSION_FILE_VERSION, migrations: sessionMigrations })
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: error instanceof Error ? error.message : 'migration' }
  }
  const parsed = sessionFileSchema.safeParse(candidate)
  if (!parsed.success)
    return { ok: false, reason: 'invalid', detail: 'schema', issues: toIssues(parsed.error) }
  const duplicate = firstDuplicateId(parsed.data)
  if (duplicate) return { ok: false, reason: 'invalid', detail: `duplicate id in ${duplicate}` }
  return version < SESSION_FILE_VERSION
    ? { ok: true, session: parsed.data, migratedFrom: version }
    : { ok: true, session: parsed.data }
}

/** Code elsewhere finds notes, steps and blocks by id: two with one id would make edits land on the wrong one. */
function firstDuplicateId(s: SessionFile): string | null {
  const lists: Record<string, Array<{ id: string }>> = {
    blocks: s.blocks,
    personas: s.personas,
    captures: s.captures,
    journeys: s.journeys,
    clusters: s.synthesis.clusters,
    actions: s.synthesis.actions
  }
  for (const [name, list] of Object.entries(lists)) {
    if (new Set(list.map((x) => x.id)).size !== list.length) return name
  }
  return null
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Read a session file we wrote ourselves (a backup, a trashed session). Never throws for bad content. */
export async function readSessionFile(file: string): Promise<SessionCheck & { size: number }> {
  let bytes: Buffer
  try {
    bytes = await readData(file)
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'crypto/tampered')) throw error
    return { ok: false, reason: 'invalid', detail: 'tampered', size: 0 }
  }
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid', detail: 'not JSON', size: bytes.length }
  }
  return { ...checkSession(value), size: bytes.length }
}

/** Stored JSON is compact, like the live session files; the export format is pretty-printed. */
/** What a session holds, for previews (an import, a backup). */
export const countsOf = (s: SessionFile): SessionCounts => ({
  blocks: s.blocks.length,
  personas: s.personas.length,
  notes: s.captures.length,
  journeys: s.journeys.length,
  clusters: s.synthesis.clusters.length,
  actions: s.synthesis.actions.length
})

export const sessionBytes = (session: SessionFile): Buffer => Buffer.from(JSON.stringify(session))

/**
 * Write a session's bytes durably, then read it back and check the bytes hash the same and still validate
 * as a session: a backup is only worth keeping if it can be restored. A failed check removes the
 * file and throws `storage/write-failed`.
 */
export async function writeSessionVerified(
  file: string,
  bytes: Uint8Array,
  /**
   * The notes come from memory, where each was validated when it was written: check that the
   * bytes came back unchanged and that everything else validates, and only count the notes.
   * Re-validating 20,000 notes every ten minutes held captures up for a quarter of a second.
   */
  options: { notesValidated?: boolean } = {}
): Promise<{ size: number; hash: string }> {
  const hash = sha256(bytes)
  try {
    await writeData(file, bytes)
  } catch (error) {
    throw new AppError(
      'storage/write-failed',
      `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  const back = await readData(file).catch(() => Buffer.alloc(0))
  let check: SessionCheck = { ok: false, reason: 'invalid', detail: 'hash mismatch' }
  if (sha256(back) === hash) {
    try {
      check = checkSession(withoutNotesIf(options.notesValidated === true, JSON.parse(back.toString('utf8'))))
    } catch {
      check = { ok: false, reason: 'invalid', detail: 'not JSON' }
    }
  }
  if (!check.ok) {
    await rm(file, { force: true })
    throw new AppError('storage/write-failed', `verification of ${file} failed: ${check.detail}`)
  }
  return { size: bytes.length, hash }
}

/** The parsed session with its notes replaced by none, when they need only be counted. */
function withoutNotesIf(skip: boolean, value: unknown): unknown {
  if (!skip || !isRecord(value)) return value
  const notes = value.captures
  if (!Array.isArray(notes) || notes.length > LIMITS.session.captures) return value
  return { ...value, captures: [] }
}
