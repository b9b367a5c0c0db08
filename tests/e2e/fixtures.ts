import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServerProcess, type ServerProcess } from '../support/server-process'
import { ROOM_TEST_HOST } from '../support/room-host'

const NETWORK_LOG = join(import.meta.dirname, '../../reports/e2e-network.jsonl')
await mkdir(join(NETWORK_LOG, '..'), { recursive: true })

interface Fixtures {
  dataDir: string
  server: ServerProcess
  /** Every request the page made that did not go to our loopback server. Must stay empty. */
  outsideRequests: string[]
  app: Page
}

/**
 * Each test gets its own data folder and its own browser-mode server (the built `out/main/server.js`),
 * and fails if the page tried to reach anything other than that server.
 */
export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  server: async ({ dataDir }, use) => {
    // The room may only ever listen on another loopback address in tests, never on a real network.
    const server = await startServerProcess(dataDir, ['--port', '0'], {
      PASSERELLE_ROOM_TEST_ADDRESS: ROOM_TEST_HOST
    })
    await use(server)
    await server.stop()
  },
  outsideRequests: async ({ page, server }, use) => {
    const outside: string[] = []
    let seen = 0
    page.on('request', (request) => {
      seen++
      const url = request.url()
      if (!url.startsWith(server.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'))
        outside.push(url)
    })
    await use(outside)
    // One line per test; `npm test` sums them into the run's network figure.
    await appendFile(NETWORK_LOG, `${JSON.stringify({ requests: seen, outside: outside.length })}\n`)
    expect(outside, 'requests that left 127.0.0.1').toEqual([])
  },
  app: async ({ page, server, outsideRequests }, use) => {
    void outsideRequests
    await page.goto(server.url)
    await expect(page.locator('html[data-ready="true"]')).toBeAttached()
    await use(page)
  }
})

export { expect }

/** Serious and critical axe violations, summarised so a failure says what and where. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`
    )
}
