import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { RECORD_ID_PATTERN } from '../../shared/ids'
import { ROOM_LIMITS } from '../../shared/room/constants'
import type { RoomQueueItem } from '../../shared/room/facilitator'
import type { Scrubber } from '../services/pseudonym'
import { RoomQueueFile } from './room-queue-file'

/** Every session's "From the room" queue file under `<notebook>/room/`, each opened once. */
export class RoomQueues {
  private queues = new Map<string, Promise<RoomQueueFile>>()

  constructor(private readonly dir: string) {}

  of(sessionId: string): Promise<RoomQueueFile> {
    let queue = this.queues.get(sessionId)
    if (!queue) {
      queue = RoomQueueFile.open(join(this.dir, `${sessionId}.jsonl`))
      queue.catch(() => this.queues.delete(sessionId))
      this.queues.set(sessionId, queue)
    }
    return queue
  }

  /** Lets go of a session's queue and removes its file; resolves with the files removed. */
  async erase(sessionId: string): Promise<number> {
    const queue = await this.of(sessionId).catch(() => null)
    this.queues.delete(sessionId)
    if (!queue) return 0
    await queue.close()
    return (await queue.erase()) ? 1 : 0
  }

  /**
   * A participant's pseudonym erased from every waiting contribution, as their signature and in
   * their text. With `dryRun`, only counts.
   */
  async scrub(scrubber: Scrubber, dryRun: boolean): Promise<{ speakers: number; mentions: number }> {
    const counts = { speakers: 0, mentions: 0 }
    const ids = (await readdir(this.dir).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => name.slice(0, -'.jsonl'.length))
      .filter((id) => RECORD_ID_PATTERN.test(id))
    for (const id of ids) {
      const queue = await this.of(id)
      const scrub = (item: RoomQueueItem): RoomQueueItem | null => {
        const speaker = !!item.pseudonym && scrubber.isSpeaker(item.pseudonym)
        const text = scrubber.replace(item.text, ROOM_LIMITS.text)
        if (!speaker && text === null) return null
        if (speaker) counts.speakers++
        if (text !== null) counts.mentions++
        return { ...item, pseudonym: speaker ? null : item.pseudonym, text: text ?? item.text }
      }
      if (dryRun) queue.list().forEach(scrub)
      else await queue.rewriteItems(scrub)
    }
    return counts
  }

  /** Waits for every queued write and closes the files (the notebook closes or locks). */
  async closeAll(): Promise<void> {
    for (const queue of this.queues.values()) await (await queue.catch(() => null))?.close()
    this.queues.clear()
  }
}
