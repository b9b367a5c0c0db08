import { mkdir, open, readFile, rm, stat, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { RoomQueueItem } from '../../shared/room/facilitator'
import { ROOM_KINDS, ROOM_LIMITS } from '../../shared/room/constants'
import { RECORD_ID_PATTERN } from '../../shared/ids'
import { LIMITS } from '../../shared/limits'
import {
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
  syncDirectory,
  writeFileDurable
} from '../storage/durable-write'

const itemSchema = z.strictObject({
  id: z.string().regex(RECORD_ID_PATTERN),
  text: z.string().min(1).max(ROOM_LIMITS.text),
  kind: z.enum(ROOM_KINDS),
  pseudonym: z.string().max(ROOM_LIMITS.pseudonym).nullable(),
  blockId: z.string().max(LIMITS.id.max).nullable(),
  receivedAt: z.iso.datetime(),
  elapsedSeconds: z.int().min(0).nullable()
})

/**
 * One session's "From the room" queue on disk: one JSON line per waiting contribution.
 *
 * A submission is appended and fsynced before the phone is told it arrived; submissions that
 * arrive while a write is in flight share the next fsync, so 60 phones cost a few syncs, not 600.
 * Accepting or discarding rewrites the file (temp, fsync, rename) with the remaining lines only,
 * so a discarded text is no longer in any file of the notebook. The file holds exactly the
 * waiting items; it is removed when none is left.
 */
export class RoomQueueFile {
  private items: RoomQueueItem[] = []
  private handle: FileHandle | null = null
  private pending: {
    text: string
    items: RoomQueueItem[]
    done: Array<{ resolve: () => void; reject: (e: unknown) => void }>
  } | null = null
  private chain: Promise<void> = Promise.resolve()

  private constructor(readonly file: string) {}

  /** Reads what a previous run left; a torn last line (never acknowledged) is dropped. */
  static async open(file: string): Promise<RoomQueueFile> {
    const queue = new RoomQueueFile(file)
    let text = ''
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    const seen = new Set<string>()
    for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n')) {
      if (!line) continue
      try {
        const item = itemSchema.parse(JSON.parse(line))
        if (!seen.has(item.id)) queue.items.push(item)
        seen.add(item.id)
      } catch {
        // A line that does not parse was never acknowledged.
      }
    }
    // Start from a clean file so a torn line never sits in front of new appends.
    if (text && !text.endsWith('\n')) await queue.rewrite()
    return queue
  }

  list(): RoomQueueItem[] {
    return this.items.map((item) => ({ ...item }))
  }

  get size(): number {
    return this.items.length
  }

  get(id: string): RoomQueueItem | undefined {
    return this.items.find((item) => item.id === id)
  }

  /**
   * Resolves once the item is on disk. The item comes from the room service, built from a body
   * the participant schema already validated; it is checked again only when read back.
   */
  append(item: RoomQueueItem): Promise<void> {
    const checked = { ...item }
    const line = `${JSON.stringify(checked)}\n`
    return new Promise<void>((resolve, reject) => {
      if (this.pending) {
        this.pending.text += line
        this.pending.items.push(checked)
        this.pending.done.push({ resolve, reject })
        return
      }
      const batch = { text: line, items: [checked], done: [{ resolve, reject }] }
      this.pending = batch
      this.enqueue(async () => {
        this.pending = null
        try {
          await this.writeLines(batch.text)
        } catch (error) {
          for (const d of batch.done) d.reject(error)
          // Whatever part reached the file is cut off by rewriting the known-good items.
          await this.rewrite().catch(() => undefined)
          return
        }
        this.items.push(...batch.items)
        for (const d of batch.done) d.resolve()
      })
    })
  }

  /** Removes an item from memory and disk; resolves once the rewritten file is durable. */
  remove(id: string): Promise<RoomQueueItem | undefined> {
    return new Promise((resolve, reject) =>
      this.enqueue(async () => {
        const index = this.items.findIndex((item) => item.id === id)
        if (index === -1) return resolve(undefined)
        const [removed] = this.items.splice(index, 1)
        try {
          await this.rewrite()
          resolve(removed)
        } catch (error) {
          this.items.splice(index, 0, removed!)
          reject(error)
        }
      })
    )
  }

  /** Waits for every write queued so far, then lets go of the file. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.enqueue(async () => resolve()))
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }

  /**
   * Changes waiting items in place (a pseudonym erased everywhere) and rewrites the file once;
   * `change` returns the new item, or null to leave it as it is. Resolves with the items changed.
   */
  rewriteItems(change: (item: RoomQueueItem) => RoomQueueItem | null): Promise<number> {
    return new Promise((resolve, reject) =>
      this.enqueue(async () => {
        const before = this.items
        let changed = 0
        this.items = before.map((item) => {
          const next = change({ ...item })
          if (next) changed++
          return next ?? item
        })
        try {
          if (changed) await this.rewrite()
          resolve(changed)
        } catch (error) {
          this.items = before
          reject(error)
        }
      })
    )
  }

  /** Removes the file (the session is erased); true when there was one. */
  async erase(): Promise<boolean> {
    const existed = await stat(this.file).then(
      () => true,
      () => false
    )
    this.items = []
    if (!existed) return false
    await rm(this.file, { force: true })
    await syncDirectory(dirname(this.file))
    return true
  }

  private enqueue(op: () => Promise<void>): void {
    this.chain = this.chain.then(op, op)
  }

  private async writeLines(text: string): Promise<void> {
    if (!this.handle) {
      // Made on the first contribution only: reading an empty queue writes nothing.
      await mkdir(dirname(this.file), { recursive: true, mode: PRIVATE_DIR_MODE })
      this.handle = await open(this.file, 'a', PRIVATE_FILE_MODE)
      await syncDirectory(dirname(this.file))
    }
    await this.handle.write(text)
    await this.handle.sync()
  }

  private async rewrite(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
    if (this.items.length === 0) {
      await rm(this.file, { force: true })
      await syncDirectory(dirname(this.file)).catch(() => undefined)
    } else await writeFileDurable(this.file, this.items.map((i) => `${JSON.stringify(i)}\n`).join(''))
  }
}
