import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { toIssues } from '../../shared/zod-issues'
import type { RecoveredFile } from '../../shared/domain/app-info'
import type { SessionDetails } from '../../shared/planning/session'
import type { Note } from '../../shared/planning/capture'
import type { DocumentStore, Revised } from './document-store'
import type { JournalOpBody } from './journal-ops'
import { PRIVATE_DIR_MODE } from './durable-write'
import { JournalledStores, replay, SESSIONS_DIR, TRASH_DIR } from './journalled-stores'
import { duplicateOf, indexEntryOf, newSessionFile, validateSession, type Agenda } from './session-shapes'
import { indexEntriesIn, readWithoutKeeping } from './session-scan'
import { SessionResidency } from './session-residency'
import { SessionEvents } from './session-events'
import { appendNote, appendOp } from './session-journal-writes'
import {
  sessionFileSchema,
  sessionIdSchema,
  type NotebookFile,
  type SessionFile,
  type SessionIndexEntry
} from './schemas'

export { JOURNAL_SUFFIX, SESSIONS_DIR, TRASH_DIR } from './journalled-stores'

/**
 * One file per session (plus its capture journal), so a change touches only that session and its
 * cost does not grow with the notebook. `notebook.json` keeps a small index for listing without
 * opening every file.
 */
export class SessionsRepo {
  private readonly files: JournalledStores
  private readonly stores: SessionResidency
  private readonly events = new SessionEvents()

  constructor(
    private readonly dir: string,
    private readonly index: DocumentStore<NotebookFile>,
    private readonly now: () => Date,
    private readonly report: (file: RecoveredFile) => void
  ) {
    this.files = new JournalledStores(dir, () => index.readOnly)
    this.stores = new SessionResidency(this.files, now, report)
  }

  /** Create the folders and empty the trash left by the previous run (not in a read-only notebook). */
  static async prepare(notebookDir: string, readOnly = false): Promise<string> {
    const dir = join(notebookDir, SESSIONS_DIR)
    if (readOnly) return dir
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    await rm(join(notebookDir, TRASH_DIR), { recursive: true, force: true })
    return dir
  }

  /** Told after every change to a session (see SessionEvents); backups and Insights follow it. */
  readonly onChange = this.events.onChange
  /** Told when a session leaves the notebook (to the trash, or erased). */
  readonly onRemoved = this.events.onRemoved

  list(): SessionIndexEntry[] {
    return [...this.index.data.sessions]
  }

  async create(details: SessionDetails, agenda: Agenda = {}): Promise<SessionFile> {
    const session = newSessionFile(details, agenda, this.now().toISOString())
    const checked = sessionFileSchema.parse(session)
    const store = this.files.newStore(checked.id, checked)
    if (store.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    await store.flush()
    this.stores.keep(checked.id, store)
    await this.index.update((draft) => {
      draft.sessions.push(indexEntryOf(checked))
    })
    return structuredClone(checked)
  }

  async get(id: string): Promise<SessionFile> {
    return structuredClone((await this.storeOf(id)).data) as SessionFile
  }

  /**
   * Apply a change to one session; the whole result is validated before anything is written.
   * With `expectedRevision`, a session changed since (another window, a restore) is refused with
   * `storage/conflict` and nothing is written. The revision belongs to the store, never to the
   * change: a restored backup's older revision cannot take the counter back.
   */
  async update(
    id: string,
    change: (draft: SessionFile) => void,
    expectedRevision?: number
  ): Promise<SessionFile> {
    const store = await this.storeOf(id)
    store.checkRevision(expectedRevision)
    // The notes are shared, not copied: each was validated when written, and a change that keeps
    // the same list (details, agenda, personas) need not copy and re-check 20,000 of them. A
    // change that replaces the list (a restore, an erase) gets it checked in full.
    const { captures, ...rest } = store.data as SessionFile
    const draft = { ...structuredClone(rest), captures } as SessionFile
    change(draft)
    draft.updatedAt = this.now().toISOString()
    draft.revision = store.revision
    const checked = validateSession(draft, captures)
    if (!checked.success) {
      throw new AppError('validation/invalid-input', 'session change rejected', toIssues(checked.error))
    }
    const { revision } = await store
      .update((data) => Object.assign(data, checked.data), expectedRevision)
      .finally(() => this.events.changed(id))
    await this.index.update((index) => {
      const entry = index.sessions.find((s) => s.id === id)
      if (entry) Object.assign(entry, indexEntryOf(checked.data))
    })
    return { ...structuredClone(checked.data), revision }
  }

  /**
   * Apply a small change in place (a live mark, a vote, a note edit) and make it durable. Skips
   * whole-session validation and the index update: one write of one file. `change` finds its
   * target itself, inside the write, so two calls can never act on a target the other removed.
   */
  async mutate<T>(
    id: string,
    change: (draft: SessionFile) => T,
    expectedRevision?: number
  ): Promise<Revised<T>> {
    const store = await this.storeOf(id)
    return store.update(change, expectedRevision).finally(() => this.events.changed(id))
  }

  /**
   * A small change recorded as one journal line instead of a rewrite of the session file (see
   * journal-ops.ts): votes, moves, live marks and note edits. `change` finds its target inside
   * the write and returns the op that replays it.
   */
  async journalled<T>(
    id: string,
    change: (draft: SessionFile) => { value: T; op: JournalOpBody },
    expectedRevision?: number
  ): Promise<Revised<T>> {
    return appendOp(this.files, this.events, id, await this.storeOf(id), change, expectedRevision)
  }

  /** Read-only view of a session, without copying (captures read the consent and live state). */
  async peek(id: string): Promise<Readonly<SessionFile>> {
    return (await this.storeOf(id)).data
  }

  /** Physical writes of one session (its file and its journal) so far (benchmarks check that bursts coalesce). */
  async writeCount(id: string): Promise<number> {
    return (await this.storeOf(id)).writeCount + this.files.appends(id)
  }

  async duplicate(id: string, title: string): Promise<SessionFile> {
    const { details, agenda } = duplicateOf(await this.get(id), title)
    return this.create(details, agenda)
  }

  /** Moves the file to the trash (restorable until the notebook is reopened). */
  async delete(id: string): Promise<void> {
    if (this.index.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    const store = await this.storeOf(id)
    if (store.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    // The trash copy must hold every note, including those still only in the journal.
    await store.flush()
    await this.files.close(id)
    await this.files.moveToTrash(id)
    this.stores.drop(id)
    await this.dropFromIndex(id)
    this.events.removed(id)
  }

  /**
   * Add a complete, valid session read from elsewhere (an import, a backup of a session whose file
   * was set aside) under its own id. Refuses when a file or store for that id exists: callers check
   * first and explain; this is the last guard against writing over a session.
   */
  async adopt(session: SessionFile): Promise<SessionFile> {
    const checked = sessionFileSchema.parse(session)
    const file = this.files.fileOf(checked.id)
    if (this.index.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    const taken = await this.files.taken(checked.id)
    // Checked after the awaits and claimed in the same tick, so two adopts cannot both pass.
    if (taken || this.stores.holds(checked.id))
      throw new AppError('validation/invalid-input', `session ${checked.id} already exists`)
    // A journal left by the set-aside file still holds notes captured after the backup: keep them.
    replay(checked, await this.files.readJournal(checked.id))
    const store = this.files.newStore(checked.id, checked)
    this.stores.keep(checked.id, store)
    try {
      await store.flush()
    } catch (error) {
      this.stores.drop(checked.id)
      await rm(file, { force: true })
      throw error
    }
    await this.index.update((draft) => {
      draft.sessions = [...draft.sessions.filter((s) => s.id !== checked.id), indexEntryOf(checked)]
    })
    this.events.changed(checked.id)
    return structuredClone(checked)
  }

  /** Drop a session from memory and the index once its pending writes are done; the caller removes its files (erase). */
  async forget(id: string): Promise<void> {
    const store = await this.stores.takeOut(id)
    await store?.idle()
    await this.files.close(id)
    await this.dropFromIndex(id)
    this.events.removed(id)
  }

  private async dropFromIndex(id: string): Promise<void> {
    await this.index.update((draft) => {
      draft.sessions = draft.sessions.filter((s) => s.id !== id)
    })
  }

  async restore(id: string): Promise<SessionFile> {
    if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
    if (this.index.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    await this.files.takeFromTrash(id)
    const session = await this.get(id)
    await this.index.update((draft) => {
      draft.sessions.push(indexEntryOf(session))
    })
    this.events.changed(id)
    return session
  }

  /** Rebuild the index from the session files, e.g. after `notebook.json` was set aside. */
  async rebuildIndex(): Promise<void> {
    const entries = await indexEntriesIn(this.dir, async (id) => indexEntryOf((await this.storeOf(id)).data))
    await this.index.update((draft) => {
      draft.sessions = entries
    })
  }

  /**
   * Read a session without keeping it in memory and without side effects: the Insights index reads
   * every session at start-up. A session already open is read where it is; any other is read from
   * its file and journal, and nothing is moved, flushed or cached (a damaged file is left for the
   * facilitator's own opening of it, which sets it aside and offers its backup).
   */
  async scan<T>(id: string, read: (session: Readonly<SessionFile>) => T): Promise<T> {
    if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
    if (this.stores.holds(id)) return read((await this.storeOf(id)).data)
    return read(await readWithoutKeeping(this.files, id))
  }

  /** Release sessions nobody asked for in `idleMs`, once their files hold everything. */
  releaseIdle(idleMs: number): Promise<string[]> {
    return this.stores.releaseIdle(idleMs)
  }

  startReleasing(everyMs?: number, idleMs?: number): void {
    this.stores.startReleasing(everyMs, idleMs)
  }

  stopReleasing(): void {
    this.stores.stopReleasing()
  }

  /** Whether a session is held in memory (tests and the benchmark's memory figure). */
  isLoaded(id: string): boolean {
    return this.stores.isLoaded(id)
  }

  async flushAll(): Promise<void> {
    await this.stores.idleAll()
    await this.files.idleAll()
  }

  async closeJournals(): Promise<void> {
    await this.files.closeAll()
  }

  /**
   * A captured note: added in memory and appended to the session's journal, resolving once that
   * line is on disk. The session file itself is not rewritten, so a capture costs the same in a
   * session of 5 notes or 5,000.
   */
  async appendNote(id: string, add: (draft: SessionFile) => Note): Promise<Revised<Note>> {
    return appendNote(this.files, this.events, id, await this.storeOf(id), add)
  }

  private storeOf(id: string): Promise<DocumentStore<SessionFile>> {
    return this.stores.storeOf(id)
  }
}
