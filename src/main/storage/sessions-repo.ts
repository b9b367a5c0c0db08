import { emptySynthesis } from '../../shared/planning/synthesis'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import { toIssues } from '../../shared/zod-issues'
import type { RecoveredFile } from '../../shared/domain/app-info'
import type { AgendaBlock, Persona, SessionDetails } from '../../shared/planning/session'
import type { Note } from '../../shared/planning/capture'
import { DocumentStore } from './document-store'
import { serializeSession } from './session-serializer'
import { loadDocument, type DocumentSpec } from './json-document'
import { PRIVATE_DIR_MODE, writeFileDurable } from './durable-write'
import { NoteJournal } from './note-journal'
import {
  SESSION_FILE_VERSION,
  sessionFileSchema,
  sessionIdSchema,
  sessionMigrations,
  type NotebookFile,
  type SessionFile,
  type SessionIndexEntry
} from './schemas'

export const SESSIONS_DIR = 'sessions'
/** Deleted sessions wait here for "undo" until the notebook is next opened, then are removed for good. */
export const TRASH_DIR = 'trash'
/** Each session's capture journal sits next to its file: `<id>.notes.jsonl`. */
export const JOURNAL_SUFFIX = '.notes.jsonl'

const sessionSpec: DocumentSpec<SessionFile> = {
  name: 'session',
  version: SESSION_FILE_VERSION,
  schema: sessionFileSchema,
  migrations: sessionMigrations
}

/**
 * One file per session, so a capture rewrites only that session and its cost does not grow with
 * the notebook. `notebook.json` keeps a small index for listing without opening every file.
 */
export class SessionsRepo {
  private readonly open = new Map<string, DocumentStore<SessionFile>>()
  private readonly loading = new Map<string, Promise<DocumentStore<SessionFile>>>()
  private readonly journals = new Map<string, NoteJournal>()
  /** Sessions with a note whose journal append failed: the next write of any kind must carry it. */
  private readonly unsynced = new Set<string>()
  private readonly listeners = new Set<(id: string) => void>()

  constructor(
    private readonly dir: string,
    private readonly index: DocumentStore<NotebookFile>,
    private readonly now: () => Date,
    private readonly report: (file: RecoveredFile) => void
  ) {}

  /** Create the folders and empty the trash left by the previous run. */
  static async prepare(notebookDir: string): Promise<string> {
    const dir = join(notebookDir, SESSIONS_DIR)
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    await rm(join(notebookDir, TRASH_DIR), { recursive: true, force: true })
    return dir
  }

  /** Told after every change to a session's content (even one whose write failed): backups follow it. */
  onChange(listener: (id: string) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(id: string): void {
    for (const listener of this.listeners) listener(id)
  }

  list(): SessionIndexEntry[] {
    return [...this.index.data.sessions]
  }

  async create(
    details: SessionDetails,
    agenda: { blocks?: AgendaBlock[]; personas?: Persona[] } = {}
  ): Promise<SessionFile> {
    const stamp = this.now().toISOString()
    const session: SessionFile = {
      schemaVersion: SESSION_FILE_VERSION,
      id: nanoid(),
      ...details,
      createdAt: stamp,
      updatedAt: stamp,
      blocks: agenda.blocks ?? [],
      personas: agenda.personas ?? [],
      captures: [],
      journeys: [],
      live: { startedAt: null, blocks: {} },
      synthesis: emptySynthesis()
    }
    const checked = sessionFileSchema.parse(session)
    const store = this.newStore(checked.id, checked)
    if (store.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    await store.flush()
    this.open.set(checked.id, store)
    await this.index.update((draft) => {
      draft.sessions.push(entryOf(checked))
    })
    return structuredClone(checked)
  }

  async get(id: string): Promise<SessionFile> {
    return structuredClone((await this.storeOf(id)).data) as SessionFile
  }

  /** Apply a change to one session; the whole result is validated before anything is written. */
  async update(id: string, change: (draft: SessionFile) => void): Promise<SessionFile> {
    const store = await this.storeOf(id)
    const draft = structuredClone(store.data) as SessionFile
    change(draft)
    draft.updatedAt = this.now().toISOString()
    const checked = sessionFileSchema.safeParse(draft)
    if (!checked.success) {
      throw new AppError('validation/invalid-input', 'session change rejected', toIssues(checked.error))
    }
    await store.update((data) => Object.assign(data, checked.data)).finally(() => this.changed(id))
    await this.index.update((index) => {
      const entry = index.sessions.find((s) => s.id === id)
      if (entry) Object.assign(entry, entryOf(checked.data))
    })
    return structuredClone(checked.data)
  }

  /**
   * Apply a small, already-validated change in place (a capture, a live mark) and make it durable.
   * Skips whole-session validation and the index update so a capture costs one write of one file.
   */
  async mutate<T>(id: string, change: (draft: SessionFile) => T): Promise<T> {
    const store = await this.storeOf(id)
    let result!: T
    await store
      .update((draft) => {
        result = change(draft)
      })
      .finally(() => this.changed(id))
    return result
  }

  /** Read-only view of a session, without copying (captures read the consent and live state). */
  async peek(id: string): Promise<Readonly<SessionFile>> {
    return (await this.storeOf(id)).data
  }

  /** Physical writes of one session (its file and its journal) so far (benchmarks check that bursts coalesce). */
  async writeCount(id: string): Promise<number> {
    return (await this.storeOf(id)).writeCount + (this.journals.get(id)?.writes ?? 0)
  }

  async duplicate(id: string, title: string): Promise<SessionFile> {
    const source = await this.get(id)
    const {
      schemaVersion: _v,
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      blocks,
      personas,
      captures: _n,
      journeys: _j,
      live: _l,
      synthesis: _s,
      ...details
    } = source
    return this.create(
      { ...details, title },
      {
        blocks: blocks.map((b) => ({ ...b, id: nanoid(10) })),
        personas: personas.map((p) => ({ ...p, id: nanoid(10) }))
      }
    )
  }

  /** Moves the file to the trash (restorable until the notebook is reopened). */
  async delete(id: string): Promise<void> {
    const store = await this.storeOf(id)
    if (store.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    // The trash copy must hold every note, including those still only in the journal.
    await store.flush()
    await this.closeJournal(id)
    const trash = join(this.dir, '..', TRASH_DIR)
    await mkdir(trash, { recursive: true, mode: PRIVATE_DIR_MODE })
    await rename(this.fileOf(id), join(trash, `${id}.json`))
    this.open.delete(id)
    await this.index.update((draft) => {
      draft.sessions = draft.sessions.filter((s) => s.id !== id)
    })
  }

  /**
   * Add a complete, valid session read from elsewhere (an import, a backup of a session whose file
   * was set aside) under its own id. Refuses when a file or store for that id exists: callers check
   * first and explain; this is the last guard against writing over a session.
   */
  async adopt(session: SessionFile): Promise<SessionFile> {
    const checked = sessionFileSchema.parse(session)
    const file = this.fileOf(checked.id)
    if (this.index.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    // A copy in the trash counts: "undo delete" renames it back and would replace this one.
    const exists = (path: string) =>
      stat(path).then(
        () => true,
        () => false
      )
    const taken =
      (await exists(file)) || (await exists(join(this.dir, '..', TRASH_DIR, `${checked.id}.json`)))
    // Checked after the awaits and claimed in the same tick, so two adopts cannot both pass.
    if (taken || this.open.has(checked.id) || this.loading.has(checked.id))
      throw new AppError('validation/invalid-input', `session ${checked.id} already exists`)
    // A journal left by the set-aside file still holds notes captured after the backup: keep them.
    for (const note of (await this.openJournal(checked.id)).notes)
      if (!checked.captures.some((n) => n.id === note.id)) checked.captures.push(note)
    const store = this.newStore(checked.id, checked)
    this.open.set(checked.id, store)
    try {
      await store.flush()
    } catch (error) {
      this.open.delete(checked.id)
      await rm(file, { force: true })
      throw error
    }
    await this.index.update((draft) => {
      draft.sessions = [...draft.sessions.filter((s) => s.id !== checked.id), entryOf(checked)]
    })
    this.changed(checked.id)
    return structuredClone(checked)
  }

  /** Drop a session from memory and the index once its pending writes are done; the caller removes its files (erase). */
  async forget(id: string): Promise<void> {
    const store = this.open.get(id) ?? (await this.loading.get(id)?.catch(() => undefined))
    this.open.delete(id)
    await store?.idle()
    await this.closeJournal(id)
    await this.index.update((draft) => {
      draft.sessions = draft.sessions.filter((s) => s.id !== id)
    })
  }

  async restore(id: string): Promise<SessionFile> {
    if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
    try {
      await rename(join(this.dir, '..', TRASH_DIR, `${id}.json`), this.fileOf(id))
    } catch {
      throw new AppError('session/not-found', `session ${id} is no longer in the trash`)
    }
    const session = await this.get(id)
    await this.index.update((draft) => {
      draft.sessions.push(entryOf(session))
    })
    return session
  }

  /** Rebuild the index from the session files, e.g. after `notebook.json` was set aside. */
  async rebuildIndex(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'))
    const entries: SessionIndexEntry[] = []
    for (const name of names) {
      const id = name.slice(0, -'.json'.length)
      if (!sessionIdSchema.safeParse(id).success) continue
      try {
        entries.push(entryOf((await this.storeOf(id)).data))
      } catch (error) {
        if (
          !(error instanceof AppError) ||
          !['session/not-found', 'storage/corrupt-file'].includes(error.code)
        )
          throw error
      }
    }
    await this.index.update((draft) => {
      draft.sessions = entries
    })
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.open.values()].map((s) => s.idle()))
    await Promise.all([...this.journals.values()].map((j) => j.idle()))
  }

  async closeJournals(): Promise<void> {
    await Promise.all([...this.journals.keys()].map((id) => this.closeJournal(id)))
  }

  /**
   * A captured note: added in memory and appended to the session's journal, resolving once that
   * line is on disk. The session file itself is not rewritten, so a capture costs the same in a
   * session of 5 notes or 5,000.
   */
  async appendNote<T extends { id: string }>(id: string, add: (draft: SessionFile) => T & Note): Promise<T> {
    const store = await this.storeOf(id)
    const journal = this.journals.get(id)!
    const note = store.applyInMemory(add)
    try {
      await journal.append(note)
      // An earlier append failed (disk full…): its note is only in memory; now that the disk takes
      // writes again, the session file carries it.
      if (this.unsynced.delete(id)) await store.flush()
    } catch (error) {
      this.unsynced.add(id)
      // Still in memory: the next write of the session file carries it, as for any failed write.
      throw new AppError(
        'storage/write-failed',
        `cannot append to the journal of ${id} (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      )
    } finally {
      this.changed(id)
    }
    return note
  }

  private newStore(id: string, data: SessionFile): DocumentStore<SessionFile> {
    const journal = this.journals.get(id) ?? new NoteJournal(this.journalFileOf(id))
    this.journals.set(id, journal)
    let mark = 0
    return new DocumentStore<SessionFile>(this.fileOf(id), data, {
      readOnly: this.index.readOnly,
      serialize: (session) => {
        mark = journal.mark
        return serializeSession(session)
      },
      // The file now holds every note journalled before its snapshot: drop those lines.
      write: async (file, bytes) => {
        const upTo = mark
        await writeFileDurable(file, bytes)
        if (!this.index.readOnly) await journal.compact(upTo)
      }
    })
  }

  /** The journal's notes as on disk; later appends continue after them. */
  private async openJournal(id: string): Promise<{ notes: Note[] }> {
    const journal = new NoteJournal(this.journalFileOf(id))
    const { notes, bytes } = await NoteJournal.read(journal.file)
    journal.adopt(bytes)
    this.journals.set(id, journal)
    return { notes }
  }

  private async closeJournal(id: string): Promise<void> {
    const journal = this.journals.get(id)
    this.journals.delete(id)
    await journal?.idle()
    await journal?.close()
  }

  private journalFileOf(id: string): string {
    return join(this.dir, `${id}${JOURNAL_SUFFIX}`)
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  /**
   * One store per session file, shared by every caller. Concurrent first calls share one load: two
   * stores for one file would each write their own copy and the last write would drop the other's
   * notes (the crash harness caught exactly that after a restart).
   */
  private storeOf(id: string): Promise<DocumentStore<SessionFile>> {
    if (!sessionIdSchema.safeParse(id).success)
      return Promise.reject(new AppError('session/not-found', `no session ${id}`))
    const cached = this.open.get(id)
    if (cached) return Promise.resolve(cached)
    let pending = this.loading.get(id)
    if (!pending) {
      pending = this.load(id).finally(() => this.loading.delete(id))
      this.loading.set(id, pending)
    }
    return pending
  }

  private async load(id: string): Promise<DocumentStore<SessionFile>> {
    const file = this.fileOf(id)
    const result = await loadDocument(file, sessionSpec, this.now)
    if (result.kind === 'missing') throw new AppError('session/not-found', `no session ${id}`)
    if (result.kind === 'corrupt') {
      this.report({
        file: `${SESSIONS_DIR}/${id}.json`,
        movedTo: `${SESSIONS_DIR}/${result.movedTo.split(/[\\/]/).pop()}`,
        reason: result.reason
      })
      throw new AppError('storage/corrupt-file', `session ${id} was unreadable and set aside`)
    }
    if (result.kind === 'newer')
      throw new AppError('storage/read-only', `session ${id} was written by a newer version`)
    const data = result.data
    const have = new Set(data.captures.map((n) => n.id))
    const replayed = (await this.openJournal(id)).notes.filter((n) => !have.has(n.id))
    data.captures.push(...replayed)
    const store = this.newStore(id, data)
    // Folding the journal into the file keeps it short; a migrated file is rewritten in the new shape.
    if ((result.migratedFrom !== undefined || replayed.length > 0) && !store.readOnly) await store.flush()
    this.open.set(id, store)
    return store
  }
}

function entryOf(s: SessionFile): SessionIndexEntry {
  return { id: s.id, title: s.title, date: s.date, updatedAt: s.updatedAt }
}
