import type { LiveState } from './capture'

/**
 * The block live mode is on: the one running, else the last one started, else the first. Live
 * mode and the projector both read it from here so the room never sees a different block.
 */
export function currentBlockIndex(blocks: ReadonlyArray<{ id: string }>, live: LiveState): number {
  const running = blocks.findIndex((b) => live.blocks[b.id] && live.blocks[b.id]!.end === null)
  if (running !== -1) return running
  const lastStarted = blocks.reduce((last, b, i) => (live.blocks[b.id] ? i : last), -1)
  return Math.max(0, lastStarted)
}

/**
 * When live mode ended: the agenda's last block marked ended with no block running (null while
 * live mode runs, has not started, or the facilitator resumed a block). Live mode, the room and
 * the projector all read it from here so they agree on when the session is over.
 */
export function liveEndedAt(blocks: ReadonlyArray<{ id: string }>, live: LiveState): string | null {
  const last = blocks.at(-1)
  const end = last ? live.blocks[last.id]?.end : null
  if (!end) return null
  return Object.values(live.blocks).some((run) => run.end === null) ? null : end
}
