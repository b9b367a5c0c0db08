import { access, mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RecoveredFile, StorageStatus } from '../../shared/domain/app-info'
import { AppError } from '../../shared/errors'
import { codecFor } from './file-codec'
import { defaultSettings } from '../../shared/domain/settings'
import { DocumentStore } from './document-store'
import { PRIVATE_DIR_MODE, removeStaleTemps } from './durable-write'
import { loadDocument, type DocumentSpec, type LoadResult } from './json-document'
import { acquireLock, type LockInfo, type NotebookLock } from './lock'
import { NOTEBOOK_VERSION, notebookFileSchema, notebookMigrations, type NotebookFile } from './schemas'
import { SESSIONS_DIR, SessionsRepo, TRASH_DIR } from './sessions-repo'
import { SettingsRepo } from './settings-repo'
import { LIBRARY_FILE, LibraryRepo, emptyLibrary, librarySpec } from './library-repo'
import { PACKS_DIR, PacksRepo } from './packs-repo'
import { INSIGHTS_FILE, InsightsRepo, emptyInsights, insightsSpec } from './insights-repo'
import { createBackups, purgeBackupsOfTrash, type Backups, type Schedule } from './backups'
import type { ContentPack } from '../../shared/content/schema'
import type { InsightsFile, LibraryFile } from './schemas'

export const NOTEBOOK_FILE = 'notebook.json'
/** Written by src/main/crypto/key-file.ts: its presence marks a protected notebook. */
export const PROTECTION_FILE = 'protection.json'

export const notebookSpec: DocumentSpec<NotebookFile> = {
  name: 'notebook',
  version: NOTEBOOK_VERSION,
  schema: notebookFileSchema,
  migrations: notebookMigrations
}

const emptyNotebook = (): NotebookFile => ({
  schemaVersion: NOTEBOOK_VERSION,
  revision: 0,
  settings: defaultSettings(),
  sessions: []
})

export interface OpenNotebookOptions {
  /** The notebook folder, usually `<dataDir>/notebook`. */
  dir: string
  owner: LockInfo['owner']
  now?: () => Date
  /** Packs shipped with the app; imported ones are read from the notebook. */
  bundledPacks?: ContentPack[]
  /** How backups are scheduled (tests pass fake timers through the default). */
  backupSchedule?: Schedule
}

/** The local notebook: the only entry point to stored data; everything else goes through its repositories. */
export class Notebook {
  private constructor(
    readonly dir: string,
    private readonly lock: NotebookLock,
    private readonly store: DocumentStore<NotebookFile>,
    private readonly libraryStore: DocumentStore<LibraryFile>,
    private readonly insightsStore: DocumentStore<InsightsFile>,
    readonly settings: SettingsRepo,
    readonly sessions: SessionsRepo,
    readonly library: LibraryRepo,
    readonly packs: PacksRepo,
    readonly insights: InsightsRepo,
    readonly backups: Backups,
    private readonly state: StorageStatus
  ) {}

  static async open({
    dir,
    owner,
    now = () => new Date(),
    bundledPacks = [],
    backupSchedule
  }: OpenNotebookOptions): Promise<Notebook> {
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    // Opened without its key, a protected notebook's every file would look damaged: never do that.
    if (
      !codecFor(dir) &&
      (await access(join(dir, PROTECTION_FILE)).then(
        () => true,
        () => false
      ))
    )
      throw new AppError('crypto/locked', 'the notebook is protected and locked')
    const lock = await acquireLock(dir, owner, now)
    try {
      const state: StorageStatus = { readOnly: false, recovered: [] }
      const report = (file: RecoveredFile) => state.recovered.push(file)
      // Every top-level file is read before anything is written: whichever of them comes from a
      // newer version makes the whole notebook read-only, and a read-only notebook is left exactly
      // as found (no temp-file sweep, no trash purge, no migrated or default file written).
      const file = join(dir, NOTEBOOK_FILE)
      const loaded = await loadTopLevel(file, notebookSpec, state, now)
      const library = await loadTopLevel(join(dir, LIBRARY_FILE), librarySpec, state, now)
      const insights = await loadTopLevel(join(dir, INSIGHTS_FILE), insightsSpec, state, now)
      const readOnly = () => state.readOnly
      if (!state.readOnly) {
        // A crash mid-write leaves temp files; the real files beside them are intact.
        for (const folder of [dir, join(dir, SESSIONS_DIR), join(dir, PACKS_DIR)])
          await removeStaleTemps(folder)
        await purgeBackupsOfTrash(dir, TRASH_DIR)
      }
      const store = new DocumentStore(file, loaded.kind === 'loaded' ? loaded.data : emptyNotebook(), {
        readOnly
      })
      const sessionsDir = await SessionsRepo.prepare(dir, state.readOnly)
      const sessions = new SessionsRepo(sessionsDir, store, now, report)
      const libraryStore = new DocumentStore(
        join(dir, LIBRARY_FILE),
        library.kind === 'loaded' ? library.data : emptyLibrary(),
        { readOnly }
      )
      const insightsStore = new DocumentStore(
        join(dir, INSIGHTS_FILE),
        insights.kind === 'loaded' ? insights.data : emptyInsights(),
        { readOnly }
      )
      if (!state.readOnly) {
        for (const [doc, result] of [
          [store, loaded],
          [libraryStore, library],
          [insightsStore, insights]
        ] as const)
          if (result.kind === 'missing' || (result.kind === 'loaded' && result.migratedFrom !== undefined))
            await doc.flush()
        // The index is a cache of the session files: rebuild it rather than lose the list.
        if (loaded.kind === 'corrupt') await sessions.rebuildIndex()
      }
      sessions.startReleasing()
      const packs = await PacksRepo.open(dir, bundledPacks, state.readOnly, (file) =>
        state.recovered.push({ file, movedTo: file, reason: 'invalid' })
      )
      return new Notebook(
        dir,
        lock,
        store,
        libraryStore,
        insightsStore,
        new SettingsRepo(store),
        sessions,
        new LibraryRepo(libraryStore, now),
        packs,
        new InsightsRepo(insightsStore, now),
        createBackups({
          dir,
          sessions,
          now,
          readOnly: state.readOnly,
          ...(backupSchedule ? { schedule: backupSchedule } : {})
        }),
        state
      )
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  status(): StorageStatus {
    return structuredClone(this.state)
  }

  /** Waits for every pending write, then gives the folder back to other processes. */
  async close(): Promise<void> {
    this.backups.stop()
    this.sessions.stopReleasing()
    // Backup on quit: changes since the last timed backup would otherwise wait for the next run.
    await this.backups.flush().catch((error: unknown) => console.error('backup on close failed', error))
    await this.store.idle()
    await this.libraryStore.idle()
    await this.insightsStore.idle()
    await this.sessions.flushAll()
    await this.sessions.closeJournals()
    await this.lock.release()
  }
}

/** Load a top-level file with the recovery rules: set aside when unreadable, read-only when newer. */
async function loadTopLevel<T>(
  file: string,
  spec: DocumentSpec<T>,
  state: StorageStatus,
  now: () => Date
): Promise<LoadResult<T>> {
  const loaded = await loadDocument(file, spec, now)
  if (loaded.kind === 'corrupt')
    state.recovered.push({ file: basename(file), movedTo: basename(loaded.movedTo), reason: loaded.reason })
  if (loaded.kind === 'newer') {
    state.readOnly = true
    state.newerVersion ??= { file: basename(file), version: loaded.version }
  }
  return loaded
}
