import { Low, type Adapter } from 'lowdb'
import { AppError } from '../../shared/errors'
import type { Revised } from '../../shared/ipc/revision'
import { CoalescingWriter } from './coalescing-writer'
import { writeData } from './file-codec'

/** lowdb adapter whose writes are durable (fsync + atomic rename) and coalesced. */
class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    readonly writer: CoalescingWriter,
    private readonly serialize: (data: T) => string | Uint8Array = (data) => JSON.stringify(data)
  ) {}

  // Loading goes through loadDocument (validation, migrations, set-aside); lowdb never reads.
  read(): Promise<T | null> {
    return Promise.resolve(null)
  }

  // Serialised when the write starts, not when requested: a burst costs one stringify, not one each.
  write(data: T): Promise<void> {
    return this.writer.request(() => this.serialize(data))
  }
}

export interface StoreOptions<T = unknown> {
  /**
   * A function, so every store of a notebook follows the mode decided once all its files were
   * read: a newer library.json makes the notebook read-only even for stores built before it.
   */
  readOnly?: boolean | (() => boolean)
  /** Custom serialisation (must produce the same JSON value as JSON.stringify). */
  serialize?: (data: T) => string | Uint8Array
  write?: (file: string, data: string | Uint8Array) => Promise<void>
}

/** Every stored document counts its committed changes; a stale editor is told, never obeyed. */
export interface Revisioned {
  revision: number
}

export type { Revised }

/**
 * One JSON file held by lowdb. Repositories are the only code that sees `data`; every change goes
 * through `update`, which resolves once the change is durable and maps failures to stable codes.
 * A failed write keeps the change in memory so the next successful write carries it to disk.
 *
 * The revision check, the change and the revision bump run in one synchronous step, so no other
 * change can slip between "the caller saw revision n" and "the change is applied on top of n".
 */
export class DocumentStore<T extends Revisioned> {
  private readonly db: Low<T>
  private readonly adapter: DurableJsonAdapter<T>

  constructor(
    readonly file: string,
    initial: T,
    readonly options: StoreOptions<T> = {}
  ) {
    this.adapter = new DurableJsonAdapter<T>(
      new CoalescingWriter(file, options.write ?? writeData),
      options.serialize
    )
    this.db = new Low<T>(this.adapter, initial)
    this.db.data = initial
  }

  get readOnly(): boolean {
    const { readOnly } = this.options
    return typeof readOnly === 'function' ? readOnly() : readOnly === true
  }

  get revision(): number {
    return this.db.data.revision
  }

  /** Refuse a write based on an older (or newer) revision than the one stored. Writes nothing. */
  checkRevision(expected: number | undefined): void {
    if (this.readOnly) throw new AppError('storage/read-only', `${this.file} is read-only`)
    if (expected !== undefined && expected !== this.db.data.revision)
      throw new AppError(
        'storage/conflict',
        `${this.file} is at revision ${this.db.data.revision}, the change was based on ${expected}`
      )
  }

  get data(): Readonly<T> {
    return this.db.data
  }

  get writeCount(): number {
    return this.adapter.writer.writes
  }

  /**
   * Apply `change` on top of the stored data (refused with `storage/conflict` when
   * `expectedRevision` is given and stale), bump the revision, and resolve once durable.
   * A change that throws leaves the revision as it was.
   */
  async update<R = void>(change: (draft: T) => R, expectedRevision?: number): Promise<Revised<R>> {
    this.checkRevision(expectedRevision)
    const value = change(this.db.data)
    const revision = ++this.db.data.revision
    await this.flush()
    return { value, revision }
  }

  /** Change the data without writing this file (the caller makes the change durable elsewhere). */
  applyInMemory<R>(change: (draft: T) => R): R {
    if (this.readOnly) throw new AppError('storage/read-only', `${this.file} is read-only`)
    return change(this.db.data)
  }

  async flush(): Promise<void> {
    if (this.readOnly) return
    try {
      await this.db.write()
    } catch (error) {
      throw new AppError(
        'storage/write-failed',
        `cannot write ${this.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`
      )
    }
  }

  idle(): Promise<void> {
    return this.adapter.writer.idle()
  }
}
