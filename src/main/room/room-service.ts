import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { RECORD_ID_PATTERN } from '../../shared/ids'
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
import { RoomQueueFile } from './room-queue-file'
import { loadRoomPage } from './room-page'
import { emptyPublication, liveEnded, publishedView, runningBlock } from './room-state'
import { roomCode, qrRows } from './room-code'
import { RoomVotes } from './room-votes'
import { startRoomListener, type RoomListener } from './room-listener'
import { participantApi } from './room-participants'

export type RoomPublishPatch = Omit<RoomPublishInput, 'sessionId'>

export interface RoomService {
  interfaces(): RoomInterface[]
  open(sessionId: string, host: string, dots?: number): Promise<RoomStatus>
  close(sessionId: string): Promise<RoomStatus>
  status(sessionId: string): Promise<RoomStatus>
  queue(sessionId: string): Promise<RoomQueueItem[]>
  accept(sessionId: string, itemId: string, type?: NoteType): Promise<Revised<Note>>
  discard(sessionId: string, itemId: string): Promise<void>
  publish(sessionId: string, patch: RoomPublishPatch): Promise<RoomStatus>
  /**
   * A participant's pseudonym erased everywhere: waiting contributions lose it as their signature
   * and in their text. With `dryRun`, only counts.
   */
  scrubPseudonym(scrubber: Scrubber, dryRun: boolean): Promise<{ speakers: number; mentions: number }>
  /** A session erased for good: its room closes and its queue file goes; resolves with the files removed. */
  forget(sessionId: string): Promise<number>
  /** Stops the listener and lets go of the queue files (app quit, backend closed). */
  shutdown(): Promise<void>
}

export interface RoomDeps {
  notebook: Notebook
  capture: ReturnType<typeof createCaptureService>
  /** The addresses the room may listen on. */
  interfaces: () => RoomInterface[]
  /** The built participant page (out/room). */
  pageDir: string
  now?: () => Date
}

export interface OpenRoom {
  sessionId: string
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
  const queues = new Map<string, Promise<RoomQueueFile>>()
  let room: OpenRoom | null = null
  let opening = false

  const queueOf = (sessionId: string) => {
    let queue = queues.get(sessionId)
    if (!queue) {
      queue = RoomQueueFile.open(join(notebook.dir, 'room', `${sessionId}.jsonl`))
      queue.catch(() => queues.delete(sessionId))
      queues.set(sessionId, queue)
    }
    return queue
  }
  const writable = () => {
    if (notebook.status().readOnly) throw new AppError('storage/read-only', 'the notebook is read-only')
  }
  const openFor = (sessionId: string): OpenRoom => {
    if (!room || room.sessionId !== sessionId) throw new AppError('room/not-open', 'the room is not open')
    return room
  }

  async function status(sessionId: string): Promise<RoomStatus> {
    const session = await notebook.sessions.peek(sessionId)
    const queued = (await queueOf(sessionId)).size
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
      published: publishedView(session, publication, r?.accepted ?? [], r?.votes.counts() ?? {})
    }
  }

  async function stop(): Promise<void> {
    const r = room
    if (!r) return
    room = null
    clearTimeout(r.timer)
    r.stopWatching()
    await r.listener.close()
    await r.votes.flush()
  }

  return {
    interfaces: () => deps.interfaces(),

    async open(sessionId, host, dots) {
      writable()
      const session = await notebook.sessions.peek(sessionId)
      if (room || opening) throw new AppError('room/already-open', 'a room is already open')
      if (!deps.interfaces().some((i) => i.address === host))
        throw new AppError('room/unavailable-address', `${host} is not a room interface`)
      opening = true
      try {
        await queueOf(sessionId)
        const page = await loadRoomPage(deps.pageDir)
        const code = roomCode()
        let current: OpenRoom | null = null
        const listener = await startRoomListener({
          host,
          code,
          page,
          api: participantApi({
            notebook,
            sessionId,
            queue: () => queueOf(sessionId),
            now,
            room: () => current!
          })
        }).catch(() => {
          throw new AppError('room/listen-failed', `cannot listen on ${host}`)
        })
        const publication = { ...emptyPublication(), blockId: runningBlock(session), dots: dots ?? 3 }
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
      return (await queueOf(sessionId)).list()
    },

    async accept(sessionId, itemId, type) {
      writable()
      const queue = await queueOf(sessionId)
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
      const queue = await queueOf(sessionId)
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

    async scrubPseudonym(scrubber, dryRun) {
      const counts = { speakers: 0, mentions: 0 }
      const dir = join(notebook.dir, 'room')
      const ids = (await readdir(dir).catch(() => [] as string[]))
        .filter((name) => name.endsWith('.jsonl'))
        .map((name) => name.slice(0, -'.jsonl'.length))
        .filter((id) => RECORD_ID_PATTERN.test(id))
      for (const id of ids) {
        const queue = await queueOf(id)
        const scrub = (item: RoomQueueItem): RoomQueueItem | null => {
          const speaker = !!item.pseudonym && scrubber.isSpeaker(item.pseudonym)
          const text = scrubber.replace(item.text, ROOM_LIMITS.text)
          if (!speaker && text === null) return null
          if (speaker) counts.speakers++
          if (text !== null) counts.mentions++
          return { ...item, pseudonym: speaker ? null : item.pseudonym, text: text ?? item.text }
        }
        if (dryRun) queue.list().forEach(scrub)
        else await queue.rewriteItems(scrub)
      }
      return counts
    },

    async forget(sessionId) {
      if (room?.sessionId === sessionId) await stop()
      const queue = await queueOf(sessionId).catch(() => null)
      queues.delete(sessionId)
      if (!queue) return 0
      await queue.close()
      return (await queue.erase()) ? 1 : 0
    },

    async shutdown() {
      await stop()
      for (const queue of queues.values()) await (await queue.catch(() => null))?.close()
      queues.clear()
    }
  }
}
