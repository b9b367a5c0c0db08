import { stat } from 'node:fs/promises'
import type { LabelledImport, SessionPreview } from '../../shared/domain/notebook-ops'
export type { SessionCounts, SessionPreview } from '../../shared/domain/notebook-ops'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import { LIMITS } from '../../shared/limits'
import { parseUntrustedJson } from '../../shared/content/safe-json'
import { sessionFileName } from '../../shared/file-names'
import type { Notebook } from '../storage/notebook'
import { SESSION_FILE_VERSION, type SessionFile } from '../storage/schemas'
import { checkSession, countsOf } from '../storage/session-file'
import { SESSIONS_DIR, TRASH_DIR } from '../storage/sessions-repo'

/** Checked before parsing: a session file of 20,000 notes is about 6 MB. */
export const TRANSFER_LIMITS = {
  maxBytes: LIMITS.transfer.fileBytes,
  maxDepth: LIMITS.transfer.depth
} as const

export interface ImportOptions {
  /** Import under a new id instead of refusing when the id is taken. */
  asCopy: boolean
  /** Appended to the title of a copy, in the user's language (e.g. " (copy)"). */
  titleSuffix?: string
}

/**
 * Validate an untrusted session file, all limits first: bytes, nesting depth and hostile keys
 * before anything is built from it, then version, migrations, the session schema with its
 * per-field limits, and unique ids. Every refusal is an AppError with a stable code.
 */
export function validateSessionImport(input: string | Uint8Array): {
  session: SessionFile
  fileVersion: number
} {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (bytes > TRANSFER_LIMITS.maxBytes) throw new AppError('import/too-large', `${bytes} bytes`)
  let text: string
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    throw new AppError('import/not-utf8', 'not UTF-8 text')
  }
  const parsed = parseUntrustedJson(text.replace(/^\uFEFF/, ''), {
    maxChars: TRANSFER_LIMITS.maxBytes,
    maxDepth: TRANSFER_LIMITS.maxDepth
  })
  if (!parsed.ok) throw new AppError(parsed.code, parsed.detail)
  const check = checkSession(parsed.value)
  if (check.ok) {
    const fileVersion = check.migratedFrom ?? SESSION_FILE_VERSION
    return { session: check.session, fileVersion }
  }
  if (check.reason === 'not-a-session') throw new AppError('import/not-a-session', check.detail)
  if (check.reason === 'newer') throw new AppError('import/newer-version', check.detail)
  throw new AppError('import/invalid', `the session does not validate (${check.detail})`, check.issues)
}

/** Sessions leave and enter the notebook as their own file format (the open format, `schemaVersion` included). */
export function createTransferService(notebook: Notebook, now: () => Date = () => new Date()) {
  const present = (path: string) =>
    stat(path).then(
      () => true,
      () => false
    )
  const exists = async (id: string) =>
    notebook.sessions.list().some((s) => s.id === id) ||
    (await present(join(notebook.dir, SESSIONS_DIR, `${id}.json`))) ||
    (await present(join(notebook.dir, TRASH_DIR, `${id}.json`)))

  return {
    /** Pretty-printed so a person can read or diff it; re-importable as is. */
    async exportSession(id: string): Promise<{ fileName: string; content: string }> {
      const session = await notebook.sessions.get(id)
      return { fileName: sessionFileName(session.title), content: `${JSON.stringify(session, null, 2)}\n` }
    },

    async preview(input: string | Uint8Array): Promise<SessionPreview> {
      const { session, fileVersion } = validateSessionImport(input)
      return {
        id: session.id,
        title: session.title,
        date: session.date,
        schemaVersion: fileVersion,
        counts: countsOf(session),
        exists: await exists(session.id)
      }
    },

    /**
     * All-or-nothing: nothing is written unless the whole file validates. Never overwrites: a taken
     * id is refused unless `asCopy`, which gives the session a new id (note ids are kept, so
     * clusters, votes and actions still point at their notes) and the caller's title suffix.
     */
    async import(input: string | Uint8Array, options: ImportOptions): Promise<SessionFile> {
      const { session } = validateSessionImport(input)
      if (notebook.status().readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
      if (!options.asCopy) {
        if (await exists(session.id))
          throw new AppError('import/exists', `session ${session.id} already exists`)
        return notebook.sessions.adopt(session)
      }
      const stamp = now().toISOString()
      const title = `${session.title}${options.titleSuffix ?? ''}`.slice(0, LIMITS.session.title)
      return notebook.sessions.adopt({ ...session, id: nanoid(), title, createdAt: stamp, updatedAt: stamp })
    },

    /**
     * One file of a colleague's batch: the very same session already here is skipped, a different
     * one under a taken id comes in as a copy, and the label says where it came from.
     */
    async importLabelled(
      input: string | Uint8Array,
      options: { origin: string | null; titleSuffix?: string }
    ): Promise<LabelledImport> {
      const { session } = validateSessionImport(input)
      if (notebook.status().readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
      let status: LabelledImport['status'] = 'imported'
      let incoming = session
      if (await exists(session.id)) {
        const here = await notebook.sessions.get(session.id).catch(() => null)
        if (here && sameContent(here, session)) return { status: 'skipped', id: here.id, title: here.title }
        const stamp = now().toISOString()
        const title = `${session.title}${options.titleSuffix ?? ''}`.slice(0, LIMITS.session.title)
        incoming = { ...session, id: nanoid(), title, createdAt: stamp, updatedAt: stamp }
        status = 'copy'
      }
      // Labelled before it arrives, so the index sees it with its origin from the first moment.
      if (options.origin) await notebook.insights.setOrigin(incoming.id, options.origin)
      const adopted = await notebook.sessions.adopt(incoming).catch(async (error: unknown) => {
        if (options.origin) await notebook.insights.setOrigin(incoming.id, null)
        throw error
      })
      return { status, id: adopted.id, title: adopted.title }
    }
  }
}

export type TransferService = ReturnType<typeof createTransferService>

/** The same session: everything but the counters a notebook keeps for itself. */
function sameContent(a: SessionFile, b: SessionFile): boolean {
  const plain = (s: SessionFile) => JSON.stringify({ ...s, revision: 0, updatedAt: '' })
  return plain(a) === plain(b)
}
