import { AppError } from '../../shared/errors'
import type { RecoveredFile } from '../../shared/domain/app-info'
import type { DocumentStore } from './document-store'
import type { JournalledStores } from './journalled-stores'
import { sessionIdSchema, type SessionFile } from './schemas'

/**
 * Which sessions are held in memory: one store per session file, shared by every caller, loaded
 * on first use and released when left alone.
 */
export class SessionResidency {
  private readonly open = new Map<string, DocumentStore<SessionFile>>()
  private readonly loading = new Map<string, Promise<DocumentStore<SessionFile>>>()
  /** When each open session was last asked for; sessions left alone are released from memory. */
  private readonly lastUsed = new Map<string, number>()
  /** Sessions being released: the next caller waits, then loads a fresh store (never two at once). */
  private readonly releasing = new Map<string, Promise<void>>()

  constructor(
    private readonly files: JournalledStores,
    private readonly now: () => Date,
    private readonly report: (file: RecoveredFile) => void
  ) {}

  /** A store made here (a new or adopted session) joins the others. */
  keep(id: string, store: DocumentStore<SessionFile>): void {
    this.open.set(id, store)
  }

  drop(id: string): void {
    this.open.delete(id)
  }

  /** Whether a store for this session exists or is on its way (created, loading or releasing). */
  holds(id: string): boolean {
    return this.open.has(id) || this.loading.has(id) || this.releasing.has(id)
  }

  /** The session's store, if any, out of the set (erase): waits for a load under way. */
  async takeOut(id: string): Promise<DocumentStore<SessionFile> | undefined> {
    const store = this.open.get(id) ?? (await this.loading.get(id)?.catch(() => undefined))
    this.open.delete(id)
    return store
  }

  async idleAll(): Promise<void> {
    await Promise.all([...this.open.values()].map((s) => s.idle()))
  }

  /**
   * Give back the memory of sessions nobody asked for in `idleMs` (a visit to a 20,000-note
   * session kept its ~100 MB for the rest of the run). A session is released only once its file
   * holds everything: its writes are flushed, and one with a note only in memory stays open.
   */
  async releaseIdle(idleMs: number): Promise<string[]> {
    const cutoff = this.now().getTime() - idleMs
    const released: string[] = []
    for (const [id, store] of [...this.open]) {
      if ((this.lastUsed.get(id) ?? 0) > cutoff || this.files.holdsUnsynced(id) || this.releasing.has(id))
        continue
      const done = (async () => {
        try {
          if (!store.readOnly) await store.flush()
        } catch {
          return // the file does not hold everything yet: keep the session in memory
        }
        await store.idle()
        this.open.delete(id)
        await this.files.close(id)
        released.push(id)
      })().finally(() => this.releasing.delete(id))
      this.releasing.set(id, done)
      await done
    }
    return released
  }

  private releaseTimer: ReturnType<typeof setInterval> | null = null

  /** Check once a minute for sessions left alone for five (the notebook starts and stops this). */
  startReleasing(everyMs = 60_000, idleMs = 5 * 60_000): void {
    this.releaseTimer ??= setInterval(() => {
      this.releaseIdle(idleMs).catch((error: unknown) => console.error('release failed', error))
    }, everyMs)
    this.releaseTimer.unref?.()
  }

  stopReleasing(): void {
    if (this.releaseTimer) clearInterval(this.releaseTimer)
    this.releaseTimer = null
  }

  /** Whether a session is held in memory (tests and the benchmark's memory figure). */
  isLoaded(id: string): boolean {
    return this.open.has(id)
  }

  /**
   * One store per session file, shared by every caller. Concurrent first calls share one load: two
   * stores for one file would each write their own copy and the last write would drop the other's
   * notes (the crash harness caught exactly that after a restart).
   */
  storeOf(id: string): Promise<DocumentStore<SessionFile>> {
    if (!sessionIdSchema.safeParse(id).success)
      return Promise.reject(new AppError('session/not-found', `no session ${id}`))
    this.lastUsed.set(id, this.now().getTime())
    const released = this.releasing.get(id)
    if (released) return released.then(() => this.storeOf(id))
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
    const store = await this.files.load(id, this.now, this.report)
    this.open.set(id, store)
    return store
  }
}
