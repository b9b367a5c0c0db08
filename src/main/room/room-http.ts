import { isUtf8 } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RoomApiError } from '../../shared/room/constants'

/**
 * The room page's Content-Security-Policy: its own script and stylesheet, JSON calls to its own
 * origin, nothing else (no inline script, no image, font or frame from anywhere).
 */
export const ROOM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Every room reply: no caching anywhere, so nothing of the room stays on a phone. */
const HEADERS: Record<string, string> = {
  'Content-Security-Policy': ROOM_CSP,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()'
}

export const ERROR_STATUS: Record<RoomApiError, number> = {
  invalid: 400,
  'wrong-code': 403,
  'too-many': 429,
  'too-large': 413,
  closed: 410,
  'queue-full': 507,
  'no-voting': 409,
  'too-many-dots': 400,
  failed: 500
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {}
): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, ...extra })
  res.end(body)
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extra?: Record<string, string>
) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra)
}

export function sendError(res: ServerResponse, error: RoomApiError, extra?: Record<string, string>): void {
  sendJson(res, ERROR_STATUS[error], { ok: false, error }, extra)
}

export type Body = { ok: true; value: unknown } | { ok: false; error: 'invalid' | 'too-large' }

/** Reads a small JSON body, refusing (and dropping) anything over `limit` bytes as it arrives. */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      return resolve({ ok: false, error: 'too-large' })
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (body: Body) => {
      if (done) return
      done = true
      resolve(body)
    }
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        req.resume()
        return finish({ ok: false, error: 'too-large' })
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      const bytes = Buffer.concat(chunks, size)
      // Bad bytes are refused, never decoded to U+FFFD (a lenient decode would change what was sent).
      if (!isUtf8(bytes)) return finish({ ok: false, error: 'invalid' })
      try {
        finish({ ok: true, value: JSON.parse(bytes.toString('utf8')) as unknown })
      } catch {
        finish({ ok: false, error: 'invalid' })
      }
    })
    req.on('error', () => finish({ ok: false, error: 'invalid' }))
  })
}

/** `name=value` pairs of the Cookie header. */
export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

/** The address as it appears in a URL and in the Host header. */
export function hostPart(address: string): string {
  return address.includes(':') ? `[${address}]` : address
}
