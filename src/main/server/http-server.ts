import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { fail } from '../../shared/errors'
import type { Dispatch } from '../dispatch'
import type { Language } from '../../shared/i18n/languages'
import { withPageLanguage } from './page-language'
import { COMMON_HEADERS } from './security-headers'
import { readStatic } from './static-files'

export const LOOPBACK = '127.0.0.1'
export const TOKEN_HEADER = 'x-passerelle-token'
/** Bodies above this are refused before parsing (imports of packs and sessions stay well under it). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface ServerOptions {
  dispatch: Dispatch
  rendererDir: string
  token: string
  port: number
  maxBodyBytes?: number
  /** The saved language, written into the page so its first paint needs no request. */
  pageLanguage?: () => Language
}

export interface RunningServer {
  port: number
  url: string
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

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

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop keeping bytes but let the client finish sending, so it can read our 413.
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge())
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
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
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES
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
      let body: unknown
      try {
        const text = await readBody(req, limit)
        body = text.length === 0 ? {} : JSON.parse(text)
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close')
          return sendJson(res, 413, fail('validation/invalid-input', 'request too large'))
        }
        return sendJson(res, 400, fail('validation/invalid-input', 'request body is not JSON'))
      }
      const input =
        typeof body === 'object' && body !== null && Object.hasOwn(body, 'input')
          ? (body as { input: unknown }).input
          : undefined
      const channel = decodeURIComponent(path.slice('/api/'.length))
      return sendJson(res, 200, await options.dispatch(channel, input))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
    const file = await readStatic(options.rendererDir, path)
    if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8')
    const isPage = path === '/' || path === '/index.html'
    const language = isPage ? options.pageLanguage?.() : undefined
    const body = language ? withPageLanguage(file.body.toString('utf8'), language) : file.body
    const cache = path === '/' || path.endsWith('.html') ? 'no-store' : 'no-cache'
    send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : body, file.type, { 'Cache-Control': cache })
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
