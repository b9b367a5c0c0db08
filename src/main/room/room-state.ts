import type { Note } from '../../shared/planning/capture'
import { liveEndedAt } from '../../shared/planning/live'
import type { SessionFile } from '../storage/schemas'
import type { RoomPublished, RoomResumable, RoomShownContribution } from '../../shared/room/facilitator'
import { ROOM_KINDS, ROOM_LIMITS, type RoomKind } from '../../shared/room/constants'

/** What the facilitator published, by reference: names and texts are read from the session when asked. */
export interface Publication {
  blockId: string | null
  prompt: string | null
  clusterIds: string[]
  dots: number
  showContributions: boolean
  showVotes: boolean
}

export const DEFAULT_DOTS = 3

export const emptyPublication = (): Publication => ({
  blockId: null,
  prompt: null,
  clusterIds: [],
  dots: DEFAULT_DOTS,
  showContributions: false,
  showVotes: false
})

/** What a room reopened after a lock shows again: the same prompt and dots, clusters that still exist. */
export function restoredPublication(
  before: Publication,
  session: Pick<SessionFile, 'synthesis'>
): Publication {
  const known = new Set(session.synthesis.clusters.map((c) => c.id))
  return { ...before, clusterIds: before.clusterIds.filter((id) => known.has(id)) }
}

/** The room a lock closed, as the facilitator is offered it back; null when there is none. */
export function resumableOf(room: { host: string; url: string } | null): RoomResumable | null {
  return room ? { host: room.host, url: room.url } : null
}

/** The block running now: started and not ended, the latest such if several. */
export function runningBlock(session: Pick<SessionFile, 'live'>): string | null {
  let best: { id: string; start: string } | null = null
  for (const [id, run] of Object.entries(session.live.blocks))
    if (run.end === null && (!best || run.start > best.start)) best = { id, start: run.start }
  return best?.id ?? null
}

/** Live mode is over once the agenda's last block has been marked ended. */
export function liveEnded(session: Pick<SessionFile, 'live' | 'blocks'>): boolean {
  return liveEndedAt(session.blocks, session.live) !== null
}

/** Dots per cluster over every phone's allocation. */
export function tally(allocations: Iterable<Record<string, number>>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const votes of allocations)
    for (const [id, n] of Object.entries(votes)) if (n > 0) counts[id] = (counts[id] ?? 0) + n
  return counts
}

const isKind = (type: string): type is RoomKind => (ROOM_KINDS as readonly string[]).includes(type)

/**
 * Accepted room contributions the projector may show: only notes that are still in the session
 * and still shareable or anonymous (a facilitator may have marked one internal since), never
 * with a speaker.
 */
export function shownContributions(session: Pick<SessionFile, 'captures'>, accepted: readonly string[]) {
  const byId = new Map<string, Note>(session.captures.map((n) => [n.id, n]))
  const shown: RoomShownContribution[] = []
  for (const id of [...accepted].reverse()) {
    const note = byId.get(id)
    if (!note || (note.consent !== 'shareable' && note.consent !== 'anonymous')) continue
    shown.push({ id, text: note.text, kind: isKind(note.type) ? note.type : 'idea' })
    if (shown.length >= ROOM_LIMITS.shown) break
  }
  return shown.reverse()
}

/** The published state as the facilitator's app sees it (the phones see less). */
export function publishedView(
  session: Pick<SessionFile, 'captures' | 'synthesis'>,
  p: Publication,
  accepted: readonly string[],
  votes: Record<string, number>
): RoomPublished {
  const clusters = p.clusterIds.flatMap((id) => {
    const cluster = session.synthesis.clusters.find((c) => c.id === id)
    return cluster ? [{ id, name: cluster.name }] : []
  })
  return {
    blockId: p.blockId,
    prompt: p.prompt,
    clusters,
    dots: p.dots,
    showContributions: p.showContributions,
    contributions: p.showContributions ? shownContributions(session, accepted) : [],
    showVotes: p.showVotes,
    votes: p.showVotes ? Object.fromEntries(clusters.map((c) => [c.id, votes[c.id] ?? 0])) : {}
  }
}
