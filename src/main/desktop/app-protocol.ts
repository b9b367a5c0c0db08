import type { CustomScheme } from 'electron'
import { COMMON_HEADERS } from '../server/security-headers'
import { readStatic } from '../server/static-files'

/**
 * The renderer is served from `app://passerelle/` rather than `file://`: a standard, secure origin
 * of its own, so `'self'` in the CSP means our bundle and nothing else on disk, file:// pages get
 * no special treatment (the GrantFileProtocolExtraPrivileges fuse is off), and every response
 * carries the same security headers as browser mode's server.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'passerelle'
export const APP_ROOT_URL = `${APP_SCHEME}://${APP_HOST}/`
export const APP_INDEX_URL = `${APP_ROOT_URL}index.html`

/** Registered before `ready`. No `bypassCSP`, no `corsEnabled`: nothing outside the origin reads it. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }
  })

/**
 * `protocol.handle` callback: a file of the built renderer, or 404. Path traversal (`..`, encoded
 * or not, backslashes, NUL) is refused by readStatic, the same guard browser mode uses.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return notFound()
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound()
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...COMMON_HEADERS, Allow: 'GET, HEAD' } })
    }
    const file = await readStatic(rendererDir, url.pathname)
    if (!file) return notFound()
    const headers = { ...COMMON_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers
    })
  }
}
