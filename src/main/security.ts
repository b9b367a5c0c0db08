import type { Session, WebContents } from 'electron'
import { APP_INDEX_URL, APP_ROOT_URL } from './desktop/app-protocol'

export interface TrustedOrigin {
  /** Our renderer's index.html, served by the app:// protocol handler. */
  indexUrl: string
  /** The protocol's root (ends with '/'): the only files the page may load. */
  rootUrl: string
  /** electron-vite dev server, only when running unpackaged with ELECTRON_RENDERER_URL. */
  devOrigin?: string
}

export function trustedOrigin(devUrl?: string): TrustedOrigin {
  return {
    indexUrl: APP_INDEX_URL,
    rootUrl: APP_ROOT_URL,
    ...(devUrl ? { devOrigin: new URL(devUrl).origin } : {})
  }
}

/** Is this our own page (any hash route of index.html)? */
export function isOwnPage(url: string, origin: TrustedOrigin): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (origin.devOrigin && parsed.origin === origin.devOrigin) return true
  parsed.hash = ''
  parsed.search = ''
  return parsed.href === origin.indexUrl
}

/** Only our bundle's files (plus in-memory data:/blob: and devtools) may load; everything else is cancelled. */
export function isAllowedRequest(url: string, origin: TrustedOrigin): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:')
    return true
  if (
    origin.devOrigin &&
    (parsed.origin === origin.devOrigin || parsed.origin === origin.devOrigin.replace(/^http/, 'ws'))
  ) {
    return true
  }
  // file: is refused outright: the page never needs a file from disk that the protocol does not serve.
  return parsed.href.startsWith(origin.rootUrl)
}

/** Per-page rules: no new windows, no navigation away from our page, no webviews. */
export function hardenWebContents(contents: WebContents, origin: TrustedOrigin): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, origin)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, origin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Session rules: every permission denied, every non-bundle request cancelled, and the spell
 * checker only where the OS provides it (macOS), so Chromium never downloads a dictionary.
 */
export function hardenSession(
  ses: Session,
  origin: TrustedOrigin,
  options: { spellcheck: boolean } = { spellcheck: false }
): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, origin) })
  )
  ses.setSpellCheckerEnabled(options.spellcheck)
}
