import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumPath, startServer } from '../bench/lib.mjs'

/**
 * What the screenshot and look-at scripts share: the built browser-mode server on a fresh data
 * folder, Debian Chromium, and one page at `viewport` once the app has painted. `call` goes
 * through the API as the page itself does (with the page's session token), so what a script sets
 * up is what the UI would have done; it answers the value and throws on a refusal, so a script
 * never photographs a screen its set-up failed to fill. `env` reaches the server (e.g. the room's
 * loopback address).
 */
export async function openApp({ viewport, env = {}, prefix = 'passerelle-look-' }) {
  const dataDir = await mkdtemp(join(tmpdir(), prefix))
  const server = await startServer(dataDir, env)
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' })
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  const call = (channel, input) =>
    page.evaluate(
      async ([channel, input]) => {
        const res = await fetch(`api/${channel}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-passerelle-token': sessionStorage.getItem('passerelle.token') ?? ''
          },
          body: JSON.stringify({ input })
        })
        const answer = await res.json()
        if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`)
        return answer.value
      },
      [channel, input]
    )
  /** Open a hash route the way a reload would, so the screen starts from what is stored. */
  const visit = async (hash) => {
    await page.goto(`${new URL(server.url).origin}/${hash}`)
    await page.reload()
  }
  const close = async () => {
    await browser.close()
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  return { page, browser, server, call, visit, close }
}
