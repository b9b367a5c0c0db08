import type { Publication } from './room-state'

/** What is needed to bring a room back as the phones knew it. */
export interface RememberedRoom {
  sessionId: string
  host: string
  port: number
  /** As the phones have it: `http://host:port/`. */
  url: string
  code: string
  publication: Publication
}

/**
 * The room a lock closed, kept by the backend across the lock (the room service itself is dropped
 * with the key). It holds no notebook data: the address and code were on the wall for everyone,
 * and the publication names clusters and a prompt by what was already shown to the phones.
 * Reopening with `resume` listens on the same port with the same code, so a phone still on the
 * page carries on by itself. It lives in memory only: quitting the app forgets it.
 */
export class RoomMemory {
  private last: RememberedRoom | null = null

  remember(room: RememberedRoom): void {
    this.last = room
  }

  peek(sessionId: string): RememberedRoom | null {
    return this.last?.sessionId === sessionId ? this.last : null
  }

  forget(): void {
    this.last = null
  }
}
