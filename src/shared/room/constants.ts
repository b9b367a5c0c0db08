/**
 * The room's fixed vocabulary and limits, free of zod so the participant page (a tiny bundle of
 * its own) can import them; `schemas.ts` builds the server-side validation from the same values.
 * Pure: no zod, node or DOM.
 */

/** What a participant says their contribution is. */
export const ROOM_KINDS = ['idea', 'question', 'barrier', 'enabler'] as const
export type RoomKind = (typeof ROOM_KINDS)[number]

/** The note type an accepted contribution becomes; every room kind is also a note type. */
export const ROOM_KIND_NOTE_TYPE = {
  idea: 'idea',
  question: 'question',
  barrier: 'barrier',
  enabler: 'enabler'
} as const satisfies Record<RoomKind, string>

/** Room codes avoid look-alikes (0/O, 1/I/L) so they can be read off a projector and typed on a phone. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const ROOM_CODE_LENGTH = 6
export const ROOM_CODE_PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`)

export const ROOM_LIMITS = {
  /** A contribution's text, in UTF-16 code units. */
  text: 500,
  pseudonym: 40,
  /** The prompt the facilitator publishes. */
  prompt: 500,
  /** Clusters offered for voting at once. */
  clusters: 20,
  /** Dots per phone the facilitator may set. */
  maxDots: 10,
  /** Contributions shown on the projector at once. */
  shown: 30,
  /** Largest request body the room accepts, in bytes. */
  bodyBytes: 4096,
  /** Per client (remote address), per minute. */
  submitsPerMinute: 10,
  votesPerMinute: 30,
  /** Wrong room codes a client may try in a minute before it is refused for the rest of it. */
  wrongCodesPerMinute: 5,
  /** Status polls per client per minute (the page polls every few seconds). */
  statusPerMinute: 60,
  /** Contributions waiting in the queue of one session. */
  queue: 2000,
  /** The room closes by itself after this long. */
  maxOpenMs: 8 * 60 * 60 * 1000,
  /** A phone counts as connected while it polled within this window. */
  connectedWindowMs: 30_000,
  /** How often the participant page asks for the published state. */
  pollMs: 4000,
  /**
   * How long the page keeps a participant in the room (draft and all) while the room cannot be
   * reached: a hotspot drops phones for a few seconds all the time; a room gone this long is closed.
   */
  offlineGiveUpMs: 60_000
} as const

/** Every room route; anything else on the room's port is a 404. */
export const ROOM_PATHS = {
  page: '/',
  submit: '/room/api/submit',
  vote: '/room/api/vote',
  status: '/room/api/status'
} as const

/** Error codes of the participant API (the page turns each into a sentence in its own catalog). */
export const ROOM_API_ERRORS = [
  'invalid',
  'wrong-code',
  'too-many',
  'too-large',
  'closed',
  'queue-full',
  'no-voting',
  'too-many-dots',
  'failed'
] as const
export type RoomApiError = (typeof ROOM_API_ERRORS)[number]
