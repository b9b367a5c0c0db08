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
