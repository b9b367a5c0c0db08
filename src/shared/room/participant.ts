import type { RoomApiError, RoomKind } from './constants'

/**
 * The participant API's bodies and replies (types only; `schemas.ts` validates them on the
 * server). Every request is `POST` with a JSON body and carries the room code; every reply is
 * JSON: `{ ok: true, ... }` with status 200, or `{ ok: false, error }` with the status in
 * docs/room.md (400 invalid, 403 wrong code, 404, 413 too large, 421 bad Host, 429 too many,
 * 410 closed, 507 queue full).
 */

/** `POST /room/api/status`: also sets the phone's room-session cookie on first contact. */
export interface RoomStatusRequest {
  code: string
}

/** `POST /room/api/submit`. */
export interface RoomSubmitRequest {
  code: string
  text: string
  kind: RoomKind
  /** Omitted or empty: anonymous. */
  pseudonym?: string | undefined
}

/** `POST /room/api/vote`: this phone's whole allocation, replacing any earlier one. */
export interface RoomVoteRequest {
  code: string
  /** Dots per published cluster id; the sum may not exceed the published `dots`. */
  votes: Record<string, number>
}

/** A cluster offered for dot-voting. */
export interface RoomVoteOption {
  id: string
  name: string
}

/** What a phone sees: the published prompt and voting, and its own dots. */
export interface RoomParticipantView {
  ok: true
  prompt: string | null
  /** Empty when no vote is open. */
  clusters: RoomVoteOption[]
  /** Dots per phone. */
  dots: number
  /** This phone's current allocation. */
  myVotes: Record<string, number>
  /** Whether the session lets a pseudonym stay with an accepted contribution. */
  attribution: boolean
}

export interface RoomSubmitReply {
  ok: true
  /** The queue item's id; the contribution is on disk when this reply is sent. */
  id: string
}

export interface RoomVoteReply {
  ok: true
  myVotes: Record<string, number>
}

export interface RoomErrorReply {
  ok: false
  error: RoomApiError
}

export type RoomReply<T> = T | RoomErrorReply
