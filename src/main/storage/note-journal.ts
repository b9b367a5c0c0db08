import { open, readFile, rm, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parseEntry, type JournalEntry } from './journal-ops'
import { PRIVATE_FILE_MODE, syncDirectory, writeFileDurable } from './durable-write'
import { codecFor } from './file-codec'

/**
 * Append-only journal of captured notes and small changes (journal-ops.ts), one JSON line each,
 * next to a session file.
 *
 * Why: rewriting a 5,000-note session file for every capture made its cost grow with the session.
 * A capture now appends one line and fsyncs it; the session file is rewritten only by other
 * changes, and each such rewrite drops the lines it now contains. Offsets are logical (they keep
 * counting across rewrites) so a rewrite knows exactly which lines its snapshot included: every
 * line reserved before the snapshot was taken.
 *
 * Loading replays the lines whose note is not yet in the file; a torn last line (a crash during
 * the append) was never acknowledged and is ignored.
 *
 * In a protected notebook each line is sealed on its own (src/main/crypto/codec.ts) and written
 * as one base64 line, so appending, offsets, compaction and torn-line recovery work unchanged.
 */
export class NoteJournal {
  /** Logical offset of the file's first byte; grows when a rewrite drops lines. */
  private base = 0
  /** Logical end of every line handed to `append`, written or not. */
  private reserved = 0
  /** Bytes of the file as written (a failed append is cut back off). */
  private written = 0
  /** Logical ranges whose append failed: they never reached the file, so physical offsets skip them. */
  private failed: Array<{ start: number; length: number }> = []
  private handle: FileHandle | null = null
  private batch: {
    start: number
    text: string
    done: Array<{ resolve: () => void; reject: (e: unknown) => void }>
  } | null = null
  private chain: Promise<void> = Promise.resolve()
  /** Appends that reached the disk (each one fsync); benchmarks check that bursts share them. */
  writes = 0

  constructor(readonly file: string) {}

  /** Where the journal ends right now; a snapshot of the session taken now contains every note before it. */
  get mark(): number {
    return this.reserved
  }

  /** Resolves once the line is on disk. Appends made while one is being written share the next fsync. */
  append(entry: JournalEntry): Promise<void> {
    const json = JSON.stringify(entry)
    const codec = codecFor(this.file)
    const line = `${codec ? codec.sealLine(json) : json}\n`
    const start = this.reserved
    this.reserved += Buffer.byteLength(line)
    return new Promise((resolve, reject) => {
      if (this.batch) {
        this.batch.text += line
        this.batch.done.push({ resolve, reject })
        return
      }
      const batch = { start, text: line, done: [{ resolve, reject }] }
      this.batch = batch
      this.enqueue(async () => {
        this.batch = null
        try {
          await this.writeLines(batch.text)
          for (const d of batch.done) d.resolve()
        } catch (error) {
          this.failed.push({ start: batch.start, length: Buffer.byteLength(batch.text) })
          await this.cutBack()
          for (const d of batch.done) d.reject(error)
        }
      })
    })
  }

  /**
   * The session file now holds every note before `mark`: keep only the lines after it. Runs after
   * the appends reserved before it, so nothing is in flight while the file is replaced.
   */
  compact(mark: number): Promise<void> {
    return new Promise((resolve, reject) =>
      this.enqueue(async () => {
        try {
          if (mark <= this.base) return resolve()
          await this.close()
          const bytes = await readFile(this.file).catch(() => Buffer.alloc(0))
          const lost = this.failed.filter((f) => f.start < mark).reduce((n, f) => n + f.length, 0)
          const keep = bytes.subarray(Math.min(bytes.length, mark - this.base - lost))
          if (keep.length === 0) await rm(this.file, { force: true })
          else await writeFileDurable(this.file, keep)
          this.base = mark
          this.written = keep.length
          this.failed = this.failed.filter((f) => f.start >= mark)
          resolve()
        } catch (error) {
          reject(error)
        }
      })
    )
  }

  /** Waits for every append and compaction queued so far. */
  idle(): Promise<void> {
    return new Promise((resolve) => this.enqueue(async () => resolve()))
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }

  /** Notes and ops recorded in the journal, in order; unreadable or torn lines are skipped. */
  static async read(file: string): Promise<{ entries: JournalEntry[]; bytes: number }> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], bytes: 0 }
      throw error
    }
    const complete = text.slice(0, text.lastIndexOf('\n') + 1)
    const entries: JournalEntry[] = []
    const codec = codecFor(file)
    for (const line of complete.split('\n')) {
      if (!line) continue
      try {
        // A sealed line that fails authentication is skipped like one that does not parse.
        const entry = parseEntry(JSON.parse(codec ? codec.openLine(line) : line))
        if (entry) entries.push(entry)
      } catch {
        // A line that does not parse cannot be an acknowledged note or change.
      }
    }
    return { entries, bytes: Buffer.byteLength(text) }
  }

  /** After loading, the journal's existing bytes are part of the logical stream. */
  adopt(bytes: number): void {
    this.reserved = this.base + bytes
    this.written = bytes
  }

  /** After a failed append, remove whatever part of it reached the file, so no torn line hides later ones. */
  private async cutBack(): Promise<void> {
    const handle = this.handle
    this.handle = null
    try {
      await handle?.truncate(this.written)
      await handle?.sync()
    } catch {
      // The next start ignores a torn line anyway; the notes are still in memory for the next full write.
    }
    await handle?.close().catch(() => undefined)
  }

  private enqueue(op: () => Promise<void>): void {
    this.chain = this.chain.then(op, op)
  }

  private async writeLines(text: string): Promise<void> {
    if (!this.handle) {
      this.handle = await open(this.file, 'a', PRIVATE_FILE_MODE)
      // A new file's name must survive a crash as well as its bytes.
      await syncDirectory(dirname(this.file))
    }
    await this.handle.write(text)
    await this.handle.sync()
    this.written += Buffer.byteLength(text)
    this.writes++
  }
}
