import { mkdir, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { RecoveredFile } from '../../shared/domain/app-info'
import { AppError } from '../../shared/errors'
import type { Note } from '../../shared/planning/capture'
import type { Revised } from '../../shared/ipc/revision'
import { applyOp, isOp, type JournalEntry, type JournalOp, type JournalOpBody } from './journal-ops'
import { DocumentStore } from './document-store'
import { PRIVATE_DIR_MODE } from './durable-write'
import { writeData } from './file-codec'
import { loadDocument, type DocumentSpec } from './json-document'
import { NoteJournal } from './note-journal'
import { SESSION_FILE_VERSION, sessionFileSchema, sessionMigrations, type SessionFile } from './schemas'
import { serializeSession } from './session-serializer'

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
 * The files behind a session: its JSON file (a lowdb store), its capture journal, and its copy in
 * the trash once deleted. Every
 * write of the file folds the journal lines its snapshot already holds, by the journal's logical
 * offset taken when the snapshot was serialised.
 */
export class JournalledStores {
  private readonly journals = new Map<string, NoteJournal>()
  /** Sessions with a note whose journal append failed: the next write of any kind must carry it. */
  private readonly unsynced = new Set<string>()

  constructor(
    private readonly dir: string,
    private readonly readOnly: () => boolean
  ) {}

  fileOf(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  /** A store for a session's file whose writes compact its journal. */
  newStore(id: string, data: SessionFile): DocumentStore<SessionFile> {
    const journal = this.journals.get(id) ?? new NoteJournal(this.journalFileOf(id))
    this.journals.set(id, journal)
    let mark = 0
    return new DocumentStore<SessionFile>(this.fileOf(id), data, {
      readOnly: this.readOnly,
      serialize: (session) => {
        mark = journal.mark
        return serializeSession(session)
      },
      write: async (file, bytes) => {
        const upTo = mark
        await writeData(file, bytes)
        if (!this.readOnly()) await journal.compact(upTo)
      }
    })
  }

  /**
   * Open a session: its file (migrated, validated, set aside if unreadable) plus the journal lines
   * whose note the file does not hold yet, then fold them in so the journal stays short.
   */
  async load(
    id: string,
    now: () => Date,
    report: (file: RecoveredFile) => void
  ): Promise<DocumentStore<SessionFile>> {
    const result = await loadDocument(this.fileOf(id), sessionSpec, now)
    if (result.kind === 'missing') throw new AppError('session/not-found', `no session ${id}`)
    if (result.kind === 'corrupt') {
      report({
        file: `${SESSIONS_DIR}/${id}.json`,
        movedTo: `${SESSIONS_DIR}/${result.movedTo.split(/[\\/]/).pop()}`,
        reason: result.reason
      })
      // A sealed file that failed authentication says so; either way it is set aside like any damage.
      throw new AppError(
        result.reason === 'tampered' ? 'crypto/tampered' : 'storage/corrupt-file',
        `session ${id} was unreadable and set aside`
      )
    }
    if (result.kind === 'newer')
      throw new AppError('storage/read-only', `session ${id} was written by a newer version`)
    const data = result.data
    const entries = await this.readJournal(id)
    replay(data, entries)
    const store = this.newStore(id, data)
    // A migrated file is rewritten in the new shape; a replayed journal is folded in.
    if ((result.migratedFrom !== undefined || entries.length > 0) && !store.readOnly) await store.flush()
    return store
  }

  /**
   * A captured note: added in memory and appended to the session's journal, resolving once that
   * line is on disk. The session file itself is not rewritten, so a capture costs the same in a
   * session of 5 notes or 5,000.
   */
  async append(
    id: string,
    store: DocumentStore<SessionFile>,
    add: (draft: SessionFile) => Note
  ): Promise<Note> {
    const note = store.applyInMemory(add)
    await this.write(id, store, note)
    return note
  }

  /**
   * A small change (a vote, a move, a live mark, a note edit): checked against the revision,
   * applied in memory, the revision bumped, and one line appended, resolving once it is on disk.
   * The session file is not rewritten, so its cost does not grow with the session.
   */
  async appendOp<T>(
    id: string,
    store: DocumentStore<SessionFile>,
    change: (draft: SessionFile) => { value: T; op: JournalOpBody },
    expectedRevision?: number
  ): Promise<Revised<T>> {
    store.checkRevision(expectedRevision)
    const { value, op, revision } = store.applyInMemory((draft) => {
      const done = change(draft)
      return { ...done, revision: ++draft.revision }
    })
    await this.write(id, store, { ...op, rev: revision } as JournalOp)
    return { value, revision }
  }

  private async write(id: string, store: DocumentStore<SessionFile>, entry: JournalEntry): Promise<void> {
    const journal = this.journalOf(id)
    try {
      await journal.append(entry)
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
    }
  }

  /** The journal's lines as on disk; later appends continue after them. */
  async readJournal(id: string): Promise<JournalEntry[]> {
    const journal = new NoteJournal(this.journalFileOf(id))
    const { entries, bytes } = await NoteJournal.read(journal.file)
    journal.adopt(bytes)
    this.journals.set(id, journal)
    return entries
  }

  /** The journal of a session whose store is open. */
  journalOf(id: string): NoteJournal {
    const journal = this.journals.get(id)
    if (!journal) throw new Error(`no journal open for ${id}`)
    return journal
  }

  /** A note of this session is only in memory (its append failed): the session must stay open. */
  holdsUnsynced(id: string): boolean {
    return this.unsynced.has(id)
  }

  /** Appends that reached the disk (benchmarks add them to the file's writes). */
  appends(id: string): number {
    return this.journals.get(id)?.writes ?? 0
  }

  async close(id: string): Promise<void> {
    const journal = this.journals.get(id)
    this.journals.delete(id)
    await journal?.idle()
    await journal?.close()
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.journals.keys()].map((id) => this.close(id)))
  }

  async idleAll(): Promise<void> {
    await Promise.all([...this.journals.values()].map((j) => j.idle()))
  }

  /** A session file or a trash copy holds this id ("undo delete" would rename the copy back over it). */
  async taken(id: string): Promise<boolean> {
    const exists = (path: string) =>
      stat(path).then(
        () => true,
        () => false
      )
    return (await exists(this.fileOf(id))) || (await exists(this.trashFileOf(id)))
  }

  async moveToTrash(id: string): Promise<void> {
    await mkdir(join(this.dir, '..', TRASH_DIR), { recursive: true, mode: PRIVATE_DIR_MODE })
    await rename(this.fileOf(id), this.trashFileOf(id))
  }

  async takeFromTrash(id: string): Promise<void> {
    try {
      await rename(this.trashFileOf(id), this.fileOf(id))
    } catch {
      throw new AppError('session/not-found', `session ${id} is no longer in the trash`)
    }
  }

  private trashFileOf(id: string): string {
    return join(this.dir, '..', TRASH_DIR, `${id}.json`)
  }

  private journalFileOf(id: string): string {
    return join(this.dir, `${id}${JOURNAL_SUFFIX}`)
  }
}

/**
 * Lay the journal over the file, in order: a captured note the file lacks is added, an op is
 * applied (each says what its target looks like afterwards, so one the file already holds
 * changes nothing). Captures do not move the revision; ops carry the one they produced.
 */
export function replay(session: SessionFile, entries: JournalEntry[]): void {
  const have = new Set(session.captures.map((n) => n.id))
  for (const entry of entries) {
    if (isOp(entry)) applyOp(session, entry)
    else if (!have.has(entry.id)) {
      session.captures.push(entry)
      have.add(entry.id)
    }
  }
}
