import { nanoid } from 'nanoid'
import { ROOM_LIMITS } from '../../shared/room/constants'
import type { RoomQueueItem } from '../../shared/room/facilitator'
import type { Notebook } from '../storage/notebook'
import type { RoomApi } from './room-listener'
import type { RoomQueueFile } from './room-queue-file'
import type { OpenRoom } from './room-service'
import { runningBlock } from './room-state'

/** What the phones may do in an open room: read what is published, send, vote. */
export function participantApi(deps: {
  notebook: Notebook
  sessionId: string
  queue: () => Promise<RoomQueueFile>
  now: () => Date
  room: () => OpenRoom
}): RoomApi {
  const { notebook, sessionId, now } = deps
  return {
    view: (phone) => {
      const r = deps.room()
      return {
        prompt: r.publication.prompt,
        clusters: r.votes.options(),
        dots: r.publication.dots,
        myVotes: r.votes.of(phone),
        attribution: r.votes.attribution
      }
    },
    submit: async (body) => {
      const queue = await deps.queue()
      if (queue.size >= ROOM_LIMITS.queue) return { ok: false, error: 'queue-full' }
      const session = await notebook.sessions.peek(sessionId)
      const at = now()
      const started = session.live.startedAt
      const item: RoomQueueItem = {
        id: nanoid(),
        text: body.text,
        kind: body.kind,
        pseudonym: body.pseudonym,
        blockId: runningBlock(session),
        receivedAt: at.toISOString(),
        elapsedSeconds: started ? Math.max(0, Math.floor((at.getTime() - Date.parse(started)) / 1000)) : null
      }
      try {
        // On disk (appended and fsynced) before the phone is told.
        await queue.append(item)
      } catch {
        return { ok: false, error: 'failed' }
      }
      return { ok: true, id: item.id }
    },
    vote: (phone, votes) => deps.room().votes.set(phone, votes)
  }
}
