import type { AppErrorData, Result } from '../../../shared/errors'
import { CHANNEL_METHODS, type Channel } from '../../../shared/ipc/channels'

export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>

const TOKEN_KEY = 'passerelle.token'
const TOKEN_HEADER = 'x-passerelle-token'

/**
 * Browser mode gets its per-run token in the address the server prints. Keep it for this tab only
 * (sessionStorage survives a reload) and take it out of the address bar, history and screenshots.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return window.sessionStorage.getItem(TOKEN_KEY)
}

/**
 * This page's address at another route, carrying the token in browser mode so a second tab (the
 * projector) can connect: sessionStorage is per tab. The new tab takes it out of its address bar.
 */
export function addressOf(hash: string): string {
  const url = new URL(window.location.href)
  const token = window.sessionStorage.getItem(TOKEN_KEY)
  url.search = token ? `?token=${encodeURIComponent(token)}` : ''
  url.hash = hash
  return url.href
}

const failure = (error: AppErrorData): Result<never> => ({ ok: false, error })

function httpTransport(token: string | null): Transport {
  return async (channel, input) => {
    let response: Response
    try {
      response = await fetch(`api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify({ input }),
        cache: 'no-store',
        credentials: 'omit'
      })
    } catch {
      return failure({ code: 'http/unreachable', message: 'local server unreachable' })
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return failure({ code: 'internal/unexpected', message: `HTTP ${response.status}` })
    }
  }
}

function ipcTransport(api: NonNullable<Window['passerelle']>): Transport {
  return (channel, input) => {
    const method = api[CHANNEL_METHODS[channel]] as (input: unknown) => Promise<Result<unknown>>
    return method(input)
  }
}

/** The desktop preload when present, otherwise loopback HTTP. Chosen once, at start-up. */
export function pickTransport(): Transport {
  return window.passerelle ? ipcTransport(window.passerelle) : httpTransport(takeToken())
}
