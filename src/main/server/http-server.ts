import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { fail } from '../../shared/errors'
import { isChannel, type Channel } from '../../shared/ipc/channels'
import type { Dispatch } from '../dispatch'
import type { Language } from '../../shared/i18n/languages'
import { readJsonBody } from './json-body'
import { pageLanguageFor, withPageLanguage } from './page-language'
import { COMMON_HEADERS } from './security-headers'
import { readStatic } from './static-files'

export const LOOPBACK = '127.0.0.1'
export const TOKEN_HEADER = 'x-passerelle-token'

export interface ServerOptions {
  dispatch: Dispatch
  rendererDir: string
  token: string
  port: number
  /** Lowers every channel's body limit (src/shared/ipc/request-limits.ts); for tests. */
  maxBodyBytes?: number
  /**
   * The saved language (null: never chosen, then the request's Accept-Language decides), written
   * into the page so its first paint needs no request.
   */
  pageLanguage?: () => Language | null
}

export interface RunningServer {
  port: number
  url: string
  close(): Promise<void>
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {}
) {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' })
}

/** The channel a path names, or null when it names none (including a malformed `%` escape). */
function channelOf(path: string): Channel | null {
  try {
    const name = decodeURIComponent(path.slice('/api/'.length))
    return isChannel(name) ? name : null
  } catch {
    return null
  }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Browser mode: serves the built renderer and answers `POST /api/<channel>` through the same
 * dispatcher as Electron IPC. Loopback only; every request must name our exact host (DNS
 * rebinding); every API call must carry the per-run token; no CORS headers are ever sent.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let allowedHosts = new Set<string>()

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) sendJson(res, 500, fail('internal/unexpected', 'server error'))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHosts.has(req.headers.host ?? ''))
      return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8')
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST')
        return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'POST' })
      if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
        return sendJson(res, 401, fail('http/unauthorized', 'missing or wrong access token'))
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, fail('validation/invalid-input', 'expected application/json'))
      }
      const channel = channelOf(path)
      if (channel === null) {
        // Answered before reading the body: the client may still be sending, so the connection ends.
        res.setHeader('Connection', 'close')
        const name = JSON.stringify(path.slice('/api/'.length, 65))
        return sendJson(res, 404, fail('ipc/unknown-channel', `unknown channel ${name}`))
      }
      const body = await readJsonBody(req, channel, options.maxBodyBytes)
      if (!body.ok) {
        if (!body.read) res.setHeader('Connection', 'close')
        return sendJson(res, body.status, fail(body.code, body.message))
      }
      const input =
        typeof body.value === 'object' && body.value !== null && Object.hasOwn(body.value, 'input')
          ? (body.value as { input: unknown }).input
          : undefined
      return sendJson(res, 200, await options.dispatch(channel, input))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
    const file = await readStatic(options.rendererDir, path)
    if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8')
    const isPage = path === '/' || path === '/index.html'
    const saved = isPage && options.pageLanguage ? options.pageLanguage() : undefined
    let body: string | Buffer = file.body
    const extra: Record<string, string> = {}
    if (saved !== undefined) {
      const { language, source } = pageLanguageFor(saved, req.headers['accept-language'])
      body = withPageLanguage(file.body.toString('utf8'), language, source)
      if (source === 'system') extra.Vary = 'Accept-Language'
    }
    const cache = path === '/' || path.endsWith('.html') ? 'no-store' : 'no-cache'
    send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : body, file.type, {
      'Cache-Control': cache,
      ...extra
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, LOOPBACK, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`])
  return {
    port,
    url: `http://${LOOPBACK}:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
