import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { timingSafeEqual } from 'node:crypto'
import { nanoid } from 'nanoid'
import type { z } from 'zod'
import { ROOM_LIMITS, ROOM_PATHS, type RoomApiError } from '../../shared/room/constants'
import {
  roomStatusBody,
  roomSubmitBody,
  roomVoteBody,
  type RoomSubmit,
  type RoomVote
} from '../../shared/room/schemas'
import type { RoomParticipantView } from '../../shared/room/participant'
import { RateLimiter } from './rate-limit'
import { cookie, hostPart, readBody, send, sendError, sendJson } from './room-http'
import type { RoomPage } from './room-page'

/** What the listener asks of the room service; it knows nothing of sessions or storage. */
export interface RoomApi {
  view(phone: string): Omit<RoomParticipantView, 'ok'>
  /** Resolves with the queue item's id once the contribution is on disk. */
  submit(body: RoomSubmit): Promise<{ ok: true; id: string } | { ok: false; error: RoomApiError }>
  vote(
    phone: string,
    votes: RoomVote['votes']
  ): { ok: true; myVotes: Record<string, number> } | { ok: false; error: RoomApiError }
}

export interface RoomListenerOptions {
  host: string
  /** The port to listen on (a room reopened after a lock); a random one if it is taken or unset. */
  port?: number
  code: string
  page: RoomPage
  api: RoomApi
  now?: () => number
}

export interface RoomListener {
  port: number
  url: string
  /** Phones that asked for the room's state within the last 30 seconds. */
  phones(): number
  close(): Promise<void>
}

const BODY_SCHEMAS: Record<string, z.ZodType> = {
  [ROOM_PATHS.status]: roomStatusBody,
  [ROOM_PATHS.submit]: roomSubmitBody,
  [ROOM_PATHS.vote]: roomVoteBody
}

const PHONE_COOKIE = 'passerelle_room'
const PHONE_PATTERN = /^[A-Za-z0-9_-]{21}$/

const sameCode = (given: string, code: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(code)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The room's own listener: a second HTTP server on the address the facilitator chose, serving the
 * participant page and three JSON calls, nothing else. Every request must name this exact host
 * and port (DNS rebinding); every call is rate-limited per remote address and carries the room code.
 */
export async function startRoomListener(options: RoomListenerOptions): Promise<RoomListener> {
  const now = options.now ?? Date.now
  const limits = {
    wrongCode: new RateLimiter(ROOM_LIMITS.wrongCodesPerMinute, now),
    submit: new RateLimiter(ROOM_LIMITS.submitsPerMinute, now),
    vote: new RateLimiter(ROOM_LIMITS.votesPerMinute, now),
    status: new RateLimiter(ROOM_LIMITS.statusPerMinute, now)
  }
  const seen = new Map<string, number>()
  let origin = ''
  let expectedHost = ''

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 'failed')
    })
  })
  // Slow clients cannot hold sockets open for long.
  server.requestTimeout = 10_000
  server.headersTimeout = 5_000
  server.keepAliveTimeout = 5_000

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.host !== expectedHost)
      return send(res, 421, 'Misdirected Request', 'text/plain; charset=utf-8')
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (req.method === 'GET' || req.method === 'HEAD') {
      const file = options.page.get(path)
      if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8')
      return send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : file.body, file.type)
    }
    const api = Object.values(ROOM_PATHS).includes(path as never) && path !== ROOM_PATHS.page
    if (req.method !== 'POST' || !api) {
      res.setHeader('Connection', 'close')
      return send(res, 404, 'Not Found', 'text/plain; charset=utf-8')
    }
    // A page elsewhere can post a form here, but not with a JSON type or our Origin.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 'invalid')
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return refuse(res, 'invalid')
    const client = req.socket.remoteAddress ?? 'unknown'
    if (limits.wrongCode.exhausted(client)) return refuse(res, 'too-many')
    if (path === ROOM_PATHS.submit && limits.submit.exhausted(client)) return refuse(res, 'too-many')
    const body = await readBody(req, ROOM_LIMITS.bodyBytes)
    if (!body.ok) return refuse(res, body.error)
    const schema = BODY_SCHEMAS[path]!
    // The code is checked before the rest of the body, so a wrong code is counted as one whatever else is sent.
    const given = (body.value as { code?: unknown } | null)?.code
    if (typeof given !== 'string' || !sameCode(given, options.code)) {
      limits.wrongCode.take(client)
      return refuse(res, 'wrong-code')
    }
    const parsed = schema.safeParse(body.value)
    if (!parsed.success) return refuse(res, 'invalid')
    const known = cookie(req, PHONE_COOKIE)
    const phone = known && PHONE_PATTERN.test(known) ? known : nanoid()
    const extra: Record<string, string> =
      phone === known ? {} : { 'Set-Cookie': `${PHONE_COOKIE}=${phone}; Path=/; HttpOnly; SameSite=Strict` }
    seen.set(phone, now())
    if (path === ROOM_PATHS.status) {
      if (!limits.status.take(client)) return refuse(res, 'too-many')
      return sendJson(res, 200, { ok: true, ...options.api.view(phone) }, extra)
    }
    if (path === ROOM_PATHS.submit) {
      if (!limits.submit.take(client)) return refuse(res, 'too-many')
      const result = await options.api.submit(parsed.data as RoomSubmit)
      return result.ok ? sendJson(res, 200, result, extra) : sendError(res, result.error, extra)
    }
    if (!limits.vote.take(client)) return refuse(res, 'too-many')
    const result = options.api.vote(phone, (parsed.data as RoomVote).votes)
    return result.ok ? sendJson(res, 200, result, extra) : sendError(res, result.error, extra)
  }

  function refuse(res: ServerResponse, error: RoomApiError) {
    res.setHeader('Connection', 'close')
    sendError(res, error)
  }

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, options.host, () => {
        server.removeListener('error', reject)
        resolve()
      })
    })
  if (options.port) await listen(options.port).catch(() => listen(0))
  else await listen(0)
  const port = (server.address() as AddressInfo).port
  expectedHost = `${hostPart(options.host)}:${port}`
  origin = `http://${expectedHost}`
  return {
    port,
    url: `${origin}/`,
    phones: () => {
      const since = now() - ROOM_LIMITS.connectedWindowMs
      let count = 0
      for (const [phone, at] of seen) {
        if (at >= since) count++
        else seen.delete(phone)
      }
      return count
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
