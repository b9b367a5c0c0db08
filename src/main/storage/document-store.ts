import { Low, type Adapter } from 'lowdb'
import { AppError } from '../../shared/errors'
import { CoalescingWriter } from './coalescing-writer'
import { writeFileDurable } from './durable-write'

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
  readOnly?: boolean
  /** Custom serialisation (must produce the same JSON value as JSON.stringify). */
  serialize?: (data: T) => string | Uint8Array
  write?: (file: string, data: string | Uint8Array) => Promise<void>
}

/**
 * One JSON file held by lowdb. Repositories are the only code that sees `data`; every change goes
 * through `update`, which resolves once the change is durable and maps failures to stable codes.
 * A failed write keeps the change in memory so the next successful write carries it to disk.
 */
export class DocumentStore<T> {
  private readonly db: Low<T>
  private readonly adapter: DurableJsonAdapter<T>

  constructor(
    readonly file: string,
    initial: T,
    readonly options: StoreOptions<T> = {}
  ) {
    this.adapter = new DurableJsonAdapter<T>(
      new CoalescingWriter(file, options.write ?? writeFileDurable),
      options.serialize
    )
    this.db = new Low<T>(this.adapter, initial)
    this.db.data = initial
  }

  get readOnly(): boolean {
    return this.options.readOnly === true
  }

  get data(): Readonly<T> {
    return this.db.data
  }

  get writeCount(): number {
    return this.adapter.writer.writes
  }

  async update(change: (draft: T) => void): Promise<void> {
    if (this.readOnly) throw new AppError('storage/read-only', `${this.file} is read-only`)
    change(this.db.data)
    await this.flush()
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
