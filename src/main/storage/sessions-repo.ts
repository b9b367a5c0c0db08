import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import type { RecoveredFile } from '../../shared/domain/app-info'
import { DocumentStore } from './document-store'
import { loadDocument, type DocumentSpec } from './json-document'
import { PRIVATE_DIR_MODE } from './durable-write'
import {
  SESSION_FILE_VERSION,
  sessionFileSchema,
  sessionIdSchema,
  type NotebookFile,
  type SessionFile,
  type SessionIndexEntry
} from './schemas'

export const SESSIONS_DIR = 'sessions'

const sessionSpec: DocumentSpec<SessionFile> = {
  name: 'session',
  version: SESSION_FILE_VERSION,
  schema: sessionFileSchema,
  migrations: {}
}

/**
 * One file per session, so a capture rewrites only that session and its cost does not grow with
 * the notebook. `notebook.json` keeps a small index for listing without opening every file.
 */
export class SessionsRepo {
  private readonly open = new Map<string, DocumentStore<SessionFile>>()

  constructor(
    private readonly dir: string,
    private readonly index: DocumentStore<NotebookFile>,
    private readonly now: () => Date,
    private readonly report: (file: RecoveredFile) => void
  ) {}

  static async prepare(notebookDir: string): Promise<string> {
    const dir = join(notebookDir, SESSIONS_DIR)
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    return dir
  }

  list(): SessionIndexEntry[] {
    return [...this.index.data.sessions]
  }

  async create(title: string): Promise<SessionFile> {
    const stamp = this.now().toISOString()
    const session: SessionFile = { schemaVersion: SESSION_FILE_VERSION, id: nanoid(), title, createdAt: stamp, updatedAt: stamp }
    const store = new DocumentStore<SessionFile>(this.fileOf(session.id), session, { readOnly: this.index.readOnly })
    await store.flush()
    this.open.set(session.id, store)
    await this.index.update((draft) => {
      draft.sessions.push({ id: session.id, title, updatedAt: stamp })
    })
    return { ...session }
  }

  async get(id: string): Promise<SessionFile> {
    return { ...(await this.storeOf(id)).data }
  }

  /** Rebuild the index from the session files, e.g. after `notebook.json` was set aside. */
  async rebuildIndex(): Promise<void> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'))
    const entries: SessionIndexEntry[] = []
    for (const name of names) {
      const id = name.slice(0, -'.json'.length)
      if (!sessionIdSchema.safeParse(id).success) continue
      try {
        const s = await this.storeOf(id)
        entries.push({ id: s.data.id, title: s.data.title, updatedAt: s.data.updatedAt })
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'session/not-found') throw error
      }
    }
    await this.index.update((draft) => {
      draft.sessions = entries
    })
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.open.values()].map((s) => s.idle()))
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  private async storeOf(id: string): Promise<DocumentStore<SessionFile>> {
    if (!sessionIdSchema.safeParse(id).success) throw new AppError('session/not-found', `no session ${id}`)
    const cached = this.open.get(id)
    if (cached) return cached
    const file = this.fileOf(id)
    const result = await loadDocument(file, sessionSpec, this.now)
    if (result.kind === 'missing') throw new AppError('session/not-found', `no session ${id}`)
    if (result.kind === 'corrupt') {
      this.report({ file: `${SESSIONS_DIR}/${id}.json`, movedTo: relativeName(result.movedTo), reason: result.reason })
      throw new AppError('session/not-found', `session ${id} was unreadable and set aside`)
    }
    if (result.kind === 'newer') throw new AppError('storage/read-only', `session ${id} was written by a newer version`)
    const store = new DocumentStore<SessionFile>(file, result.data, { readOnly: this.index.readOnly })
    this.open.set(id, store)
    return store
  }
}

function relativeName(path: string): string {
  return `${SESSIONS_DIR}/${path.split(/[\\/]/).pop() ?? path}`
}
