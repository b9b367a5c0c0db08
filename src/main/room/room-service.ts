import { join } from 'node:path'
import type { Scrubber } from '../services/pseudonym'
import { AppError } from '../../shared/errors'
import type { Revised } from '../../shared/ipc/revision'
import { LIMITS } from '../../shared/limits'
import type { Note, NoteType } from '../../shared/planning/capture'
import { ROOM_KIND_NOTE_TYPE, ROOM_LIMITS } from '../../shared/room/constants'
import type { RoomInterface, RoomQueueItem, RoomStatus } from '../../shared/room/facilitator'
import type { RoomPublishInput } from '../../shared/room/schemas'
import type { Notebook } from '../storage/notebook'
import type { createCaptureService } from '../services/capture-service'
import { loadRoomPage } from './room-page'
import { RoomMemory } from './room-memory'
import { RoomQueues } from './room-queues'
import {
  emptyPublication,
  liveEnded,
  publishedView,
  restoredPublication,
  resumableOf,
  runningBlock
} from './room-state'
import { roomCode, qrRows } from './room-code'
import { RoomVotes } from './room-votes'
import { startRoomListener, type RoomListener } from './room-listener'
import { participantApi } from './room-participants'

export type RoomPublishPatch = Omit<RoomPublishInput, 'sessionId'>

export interface RoomService {
  interfaces(): RoomInterface[]
  /** With `resume`, a room a lock closed comes back at the same address and code (else a new one). */
  open(sessionId: string, host: string, dots?: number, resume?: boolean): Promise<RoomStatus>
  close(sessionId: string): Promise<RoomStatus>
  status(sessionId: string): Promise<RoomStatus>
  queue(sessionId: string): Promise<RoomQueueItem[]>
  accept(sessionId: string, itemId: string, type?: NoteType): Promise<Revised<Note>>
  discard(sessionId: string, itemId: string): Promise<void>
  publish(sessionId: string, patch: RoomPublishPatch): Promise<RoomStatus>
  /** See RoomQueues.scrub. */
  scrubPseudonym(scrubber: Scrubber, dryRun: boolean): Promise<{ speakers: number; mentions: number }>
  /** A session erased for good: its room closes and its queue file goes; resolves with the files removed. */
  forget(sessionId: string): Promise<number>
  /** Stops the listener and lets go of the queue files (lock, app quit); an open room is remembered. */
  shutdown(): Promise<void>
}

export interface RoomDeps {
  notebook: Notebook
  capture: ReturnType<typeof createCaptureService>
  /** The addresses the room may listen on. */
  interfaces: () => RoomInterface[]
  /** The built participant page (out/room). */
  pageDir: string
  /** Outlives this service (a lock drops it): the room a lock closed, to reopen as it was. */
  memory?: RoomMemory
  now?: () => Date
}

export interface OpenRoom {
  sessionId: string
  host: string
  code: string
  url: string
  qr: string[]
  openedAt: Date
  listener: RoomListener
  timer: ReturnType<typeof setTimeout>
  stopWatching: () => void
  publication: ReturnType<typeof emptyPublication>
  votes: RoomVotes
  /** Notes accepted from this room, oldest first (what the projector may show). */
  accepted: string[]
}

/**
 * The room: one listener at a time, for one session. Contributions wait in a per-session queue
 * file until the facilitator accepts (a capture through the capture service) or discards them
 * (erased from disk); dots go to the synthesis cluster counts.
 */
export function createRoomService(deps: RoomDeps): RoomService {
  const { notebook, capture } = deps
  const now = deps.now ?? (() => new Date())
  const memory = deps.memory ?? new RoomMemory()
  const queues = new RoomQueues(join(notebook.dir, 'room'))
  let room: OpenRoom | null = null
  let opening = false

  const writable = () => {
    if (notebook.status().readOnly) throw new AppError('storage/read-only', 'the notebook is read-only')
  }
  const openFor = (sessionId: string): OpenRoom => {
    if (!room || room.sessionId !== sessionId) throw new AppError('room/not-open', 'the room is not open')
    return room
  }

  async function status(sessionId: string): Promise<RoomStatus> {
    const session = await notebook.sessions.peek(sessionId)
    const queued = (await queues.of(sessionId)).size
    const r = room?.sessionId === sessionId ? room : null
    const publication = r?.publication ?? emptyPublication()
    return {
      open: !!r,
      sessionId: r ? sessionId : null,
      url: r?.url ?? null,
      code: r?.code ?? null,
      qr: r?.qr ?? null,
      openedAt: r?.openedAt.toISOString() ?? null,
      closesAt: r ? new Date(r.openedAt.getTime() + ROOM_LIMITS.maxOpenMs).toISOString() : null,
      phones: r?.listener.phones() ?? 0,
      queued,
      published: publishedView(session, publication, r?.accepted ?? [], r?.votes.counts() ?? {}),
      resumable: resumableOf(r ? null : memory.peek(sessionId))
    }
  }

  /** Closes the room; `remember` keeps it to reopen as it was (a lock), else it is gone for good. */
  async function stop(remember = false): Promise<void> {
    const r = room
    if (!r) return
    room = null
    if (remember) {
      const { sessionId, host, url, code, publication } = r
      memory.remember({ sessionId, host, port: r.listener.port, url, code, publication })
    } else memory.forget()
    clearTimeout(r.timer)
    r.stopWatching()
    await r.listener.close()
    await r.votes.flush()
  }

  return {
    interfaces: () => deps.interfaces(),

    async open(sessionId, host, dots, resume) {
      writable()
      const session = await notebook.sessions.peek(sessionId)
      if (room || opening) throw new AppError('room/already-open', 'a room is already open')
      if (!deps.interfaces().some((i) => i.address === host))
        throw new AppError('room/unavailable-address', `${host} is not a room interface`)
      const before = resume ? memory.peek(sessionId) : null
      const back = before?.host === host ? before : null
      opening = true
      try {
        await queues.of(sessionId)
        const page = await loadRoomPage(deps.pageDir)
        const code = back?.code ?? roomCode()
        let current: OpenRoom | null = null
        const listener = await startRoomListener({
          host,
          ...(back ? { port: back.port } : {}),
          code,
          page,
          api: participantApi({
            notebook,
            sessionId,
            queue: () => queues.of(sessionId),
            now,
            room: () => current!
          })
        }).catch(() => {
          throw new AppError('room/listen-failed', `cannot listen on ${host}`)
        })
        const publication = back
          ? restoredPublication(back.publication, session)
          : { ...emptyPublication(), blockId: runningBlock(session), dots: dots ?? 3 }
        const votes = new RoomVotes(notebook, sessionId, publication)
        votes.attribution = session.consent.attributableQuotes && !session.consent.chathamHouse
        // The room closes when live mode ends, not whenever it is over: a room opened after the
        // end (to vote in synthesis) stays open, and a resumed block never reopens a closed one.
        let ended = liveEnded(session)
        const stopChange = notebook.sessions.onChange((id) => {
          if (id !== sessionId || !current) return
          void notebook.sessions.peek(id).then((s) => {
            if (current && room === current) {
              votes.refresh(s)
              votes.attribution = s.consent.attributableQuotes && !s.consent.chathamHouse
              const endsNow = liveEnded(s) && !ended
              ended = liveEnded(s)
              if (endsNow) void stop()
            }
          })
        })
        const stopRemoved = notebook.sessions.onRemoved((id) => {
          if (id === sessionId) void stop()
        })
        current = {
          sessionId,
          host,
          code,
          url: listener.url,
          qr: qrRows(`${listener.url}#${code}`),
          openedAt: now(),
          listener,
          timer: setTimeout(() => void stop(), ROOM_LIMITS.maxOpenMs),
          stopWatching: () => {
            stopChange()
            stopRemoved()
          },
          publication,
          votes,
          accepted: []
        }
        current.timer.unref?.()
        votes.refresh(session)
        room = current
        memory.forget()
      } finally {
        opening = false
      }
      return status(sessionId)
    },

    async close(sessionId) {
      if (room?.sessionId === sessionId) await stop()
      return status(sessionId)
    },

    status,

    async queue(sessionId) {
      await notebook.sessions.peek(sessionId)
      return (await queues.of(sessionId)).list()
    },

    async accept(sessionId, itemId, type) {
      writable()
      const queue = await queues.of(sessionId)
      const item = queue.get(itemId)
      if (!item) throw new AppError('room/item-not-found', `no room item ${itemId}`)
      const session = await notebook.sessions.peek(sessionId)
      const attributed =
        !!item.pseudonym && session.consent.attributableQuotes && !session.consent.chathamHouse
      // The note is durable before the item leaves the queue: a crash in between leaves it in both, never in neither.
      const note = await capture.add({
        sessionId,
        type: type ?? ROOM_KIND_NOTE_TYPE[item.kind],
        text: item.text.slice(0, LIMITS.note.text),
        blockId: item.blockId,
        links: [],
        tags: [],
        speaker: attributed ? item.pseudonym : null,
        consent: attributed ? 'shareable' : 'anonymous'
      })
      await queue.remove(itemId)
      if (room?.sessionId === sessionId) room.accepted.push(note.value.id)
      return note
    },

    async discard(sessionId, itemId) {
      writable()
      const queue = await queues.of(sessionId)
      if (!(await queue.remove(itemId))) throw new AppError('room/item-not-found', `no room item ${itemId}`)
    },

    async publish(sessionId, patch) {
      writable()
      const r = openFor(sessionId)
      const session = await notebook.sessions.peek(sessionId)
      const next = { ...r.publication }
      if (patch.prompt !== undefined) {
        next.prompt = patch.prompt
        next.blockId = runningBlock(session)
      }
      if (patch.clusterIds !== undefined) {
        const known = new Set(session.synthesis.clusters.map((c) => c.id))
        const missing = patch.clusterIds.find((id) => !known.has(id))
        if (missing) throw new AppError('capture/not-found', `no cluster ${missing}`)
        next.clusterIds = [...new Set(patch.clusterIds)]
      }
      if (patch.dots !== undefined) next.dots = patch.dots
      if (patch.showContributions !== undefined) next.showContributions = patch.showContributions
      if (patch.showVotes !== undefined) next.showVotes = patch.showVotes
      r.publication = next
      r.votes.republish(next, session)
      return status(sessionId)
    },

    scrubPseudonym: (scrubber, dryRun) => queues.scrub(scrubber, dryRun),

    async forget(sessionId) {
      if (room?.sessionId === sessionId) await stop()
      if (memory.peek(sessionId)) memory.forget()
      return queues.erase(sessionId)
    },

    async shutdown() {
      await stop(true)
      await queues.closeAll()
    }
  }
}
