import type { Language } from '../i18n/languages'
import type { NoteType } from '../planning/capture'

/**
 * What the projector may show, decided in main and sent as this narrow shape: the projector page
 * never reads a session, so nothing it was not given (internal notes, speakers, the facilitator's
 * block notes, personas) can reach the wall, whatever the page's code does.
 */
export interface ProjectorSettings {
  /** Everything hidden at once; the screen is sent nothing else while blank. */
  blank: boolean
  /** One or two languages, shown side by side. */
  languages: Language[]
}

export interface ProjectorBlock {
  index: number
  total: number
  title: string
  kind: 'activity' | 'break'
  durationMinutes: number
  /** When the block started (ISO), null while waiting for it. */
  startedAt: string | null
  /** The block has been ended and no other is running. */
  ended: boolean
}

/**
 * A prompt in one language (the title is the prompt's own, not the block's). `language` is null
 * for a prompt the facilitator typed for the room: its language is whatever they wrote in.
 */
export interface ProjectorPrompt {
  language: Language | null
  title: string | null
  text: string
}

export interface ProjectorJoin {
  url: string
  code: string
  /** The QR code of the address, one string of "0"/"1" per row (made in main, no network). */
  qr: string[]
}

/** A contribution the facilitator accepted: its words and kind only, never who sent it. */
export interface ProjectorContribution {
  id: string
  type: NoteType
  text: string
}

export interface ProjectorVote {
  id: string
  name: string
  votes: number
}

export interface ProjectorScreen {
  /** Live mode has started. */
  live: boolean
  /**
   * Live mode has ended: the wall thanks the room under the session's title (sent only then) and
   * shows no block or prompt; the join card, contributions and votes only if a room is open again.
   */
  ended: { title: string } | null
  block: ProjectorBlock | null
  /** The current prompt in each chosen language that has it; empty when there is none. */
  prompts: ProjectorPrompt[]
  /** The join card, only while the room is open. */
  join: ProjectorJoin | null
  /** Null while not shown (the facilitator has not chosen to, in the room's published state). */
  contributions: ProjectorContribution[] | null
  votes: ProjectorVote[] | null
}

export interface ProjectorView {
  settings: ProjectorSettings
  /** Null while blank. */
  screen: ProjectorScreen | null
}

/** Channels the projector window may call (desktop refuses every other one from it). */
export const PROJECTOR_CHANNELS = ['projector:state', 'projector:set'] as const

/** How many accepted contributions fit on a wall legibly. */
export const PROJECTOR_MAX_CONTRIBUTIONS = 12
