import type { Language } from '../i18n/languages'
import type { Session } from '../planning/session'
import { currentBlockIndex, liveEndedAt } from '../planning/live'
import {
  PROJECTOR_MAX_CONTRIBUTIONS,
  type ProjectorContribution,
  type ProjectorJoin,
  type ProjectorPrompt,
  type ProjectorScreen,
  type ProjectorSettings,
  type ProjectorView,
  type ProjectorVote
} from './view'

/** What the facilitator published to the room (null while no room was ever opened). */
export interface RoomOnScreen {
  /** Set only while the room is open. */
  join: ProjectorJoin | null
  /** A prompt typed for the room, and the block it was published in (null: no block). */
  prompt: { blockId: string | null; text: string } | null
  /** Accepted contributions the facilitator chose to show, by note id; null while not shown. */
  contributionIds: readonly string[] | null
  /** Vote counts the facilitator chose to show; null while not shown. */
  votes: ProjectorVote[] | null
}

export interface ProjectorSource {
  session: Pick<Session, 'title' | 'blocks' | 'live' | 'captures'>
  settings: ProjectorSettings
  /** A content-pack prompt's words in a language; null when the reference is not a pack prompt. */
  prompt(ref: string, language: Language): { title: string; text: string } | null
  room: RoomOnScreen | null
}

/** Consents under which a note's words may be seen outside the facilitators' own notes. */
const SHOWABLE = new Set(['shareable', 'anonymous'])

/**
 * The projector's view, built from an allow-list: every field is copied on purpose, nothing is
 * passed through. Blank sends no screen at all.
 */
export function buildProjectorView(source: ProjectorSource): ProjectorView {
  const settings = { blank: source.settings.blank, languages: [...source.settings.languages] }
  if (settings.blank) return { settings, screen: null }
  return { settings, screen: screenOf(source, settings) }
}

function screenOf(source: ProjectorSource, settings: ProjectorSettings): ProjectorScreen {
  const { session, room } = source
  const live = session.live.startedAt !== null
  const ended = live && liveEndedAt(session.blocks, session.live) !== null
  const index = currentBlockIndex(session.blocks, session.live)
  // Once live mode has ended, the last block and its prompt leave the wall.
  const current = live && !ended ? session.blocks[index] : undefined
  const run = current ? session.live.blocks[current.id] : undefined
  const block = current
    ? {
        index,
        total: session.blocks.length,
        title: current.title,
        kind: current.kind,
        durationMinutes: current.durationMinutes,
        startedAt: run?.start ?? null,
        ended: typeof run?.end === 'string'
      }
    : null
  const typed = room?.prompt
  const prompts: ProjectorPrompt[] =
    typed && (typed.blockId === null || typed.blockId === current?.id)
      ? [{ language: null, title: null, text: typed.text }]
      : packPrompts(source, current?.links ?? [], settings.languages)
  return {
    live,
    ended: ended ? { title: session.title } : null,
    block,
    prompts,
    join: room?.join ? { url: room.join.url, code: room.join.code, qr: [...room.join.qr] } : null,
    contributions: room?.contributionIds ? contributionsOf(session.captures, room.contributionIds) : null,
    votes: room?.votes ? room.votes.map((v) => ({ id: v.id, name: v.name, votes: v.votes })) : null
  }
}

/** The block's first linked content-pack prompt, in each chosen language. */
function packPrompts(source: ProjectorSource, links: readonly string[], languages: Language[]) {
  const ref = links.find((r) => source.prompt(r, languages[0]!) !== null)
  if (!ref) return []
  return languages.flatMap((language) => {
    const words = source.prompt(ref, language)
    return words ? [{ language, title: words.title, text: words.text }] : []
  })
}

/**
 * The room said which notes to show; the notes themselves decide what is shown: a note deleted
 * or since marked internal or not-for-export disappears, and only its words and kind are taken.
 */
function contributionsOf(captures: Session['captures'], ids: readonly string[]): ProjectorContribution[] {
  const wanted = new Set(ids)
  return captures
    .filter((n) => wanted.has(n.id) && SHOWABLE.has(n.consent))
    .slice(-PROJECTOR_MAX_CONTRIBUTIONS)
    .reverse()
    .map((n) => ({ id: n.id, type: n.type, text: n.text }))
}
