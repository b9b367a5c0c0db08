import type { RoomKind } from './constants'
import type { RoomVoteOption } from './participant'

/**
 * What the facilitator's app (live screen, projector view) gets from the `room:*` channels.
 * Types only; the inputs are validated by `schemas.ts`.
 */

/** A network interface the room can listen on (`room:interfaces`). */
export interface RoomInterface {
  /** The OS's name for it, e.g. "wlan0" or "Wi-Fi". */
  name: string
  address: string
  family: 'IPv4' | 'IPv6'
}

/** An accepted contribution as the room may see it: its note's current text, never a speaker. */
export interface RoomShownContribution {
  /** The note's id. */
  id: string
  text: string
  kind: RoomKind
}

/**
 * What the facilitator chose to show the room. Phones see the prompt and the clusters to vote on;
 * the projector also sees the accepted contributions and the vote counts, each only when shown.
 */
export interface RoomPublished {
  /** The agenda block running when the prompt was published, if any. */
  blockId: string | null
  prompt: string | null
  /** Clusters open for dot-voting, in the order given; empty when no vote is open. */
  clusters: RoomVoteOption[]
  /** Dots each phone may place. */
  dots: number
  showContributions: boolean
  /** Accepted room contributions whose note is still shareable or anonymous; empty unless shown. */
  contributions: RoomShownContribution[]
  showVotes: boolean
  /** Dots the phones placed per published cluster id; empty unless shown. */
  votes: Record<string, number>
}

/** `room:status` (and `room:open`, `room:close`, `room:publish`). */
export interface RoomStatus {
  open: boolean
  /** The session the room belongs to; null when no room is open. */
  sessionId: string | null
  /** e.g. "http://192.168.43.1:51234/" — the short address to read out; null when closed. */
  url: string | null
  /** The 6-character room code; null when closed. */
  code: string | null
  /** The QR code of `url` + `#code`, one string of "0"/"1" per row; null when closed. */
  qr: string[] | null
  openedAt: string | null
  /** When the room closes by itself (8 hours after opening). */
  closesAt: string | null
  /** Phones that asked for the room's state in the last 30 seconds. */
  phones: number
  /** Contributions waiting in the "From the room" queue. */
  queued: number
  published: RoomPublished
  /**
   * A room of this session that the notebook's lock closed: `room:open` with `resume` brings it
   * back at this address with the same code, so phones still on the page carry on. Null otherwise.
   */
  resumable: RoomResumable | null
}

/** Where a room closed by a lock would come back. */
export interface RoomResumable {
  host: string
  url: string
}

/** One contribution waiting in the "From the room" queue (`room:queue`). */
export interface RoomQueueItem {
  id: string
  text: string
  kind: RoomKind
  /** What the participant chose to be called; null when anonymous. */
  pseudonym: string | null
  /** The agenda block running when it arrived, if any. */
  blockId: string | null
  receivedAt: string
  /** Seconds since the session went live, when it was live. */
  elapsedSeconds: number | null
}
