import type { Page } from '@playwright/test'
import { expect } from './fixtures'

type Server = { origin: string; token: string }

/** Call the browser-mode API directly (to lay out a scene faster than clicking), failing loudly. */
export async function api<T>(page: Page, server: Server, channel: string, input?: unknown): Promise<T> {
  const response = await page.request.post(`${server.origin}/api/${channel}`, {
    headers: { 'x-passerelle-token': server.token, 'content-type': 'application/json' },
    data: JSON.stringify({ input })
  })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  expect(body.ok, `${channel}: ${JSON.stringify(body.error)}`).toBe(true)
  return body.value
}

export const sessionIdOf = (page: Page) => /#\/sessions\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? ''
