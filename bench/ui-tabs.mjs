// The UI bench's browser: Debian Chromium, a fresh tab per measure (its own renderer and query
// cache, so every open is cold) and what a screen costs (elements, JS heap). Nothing here may wait
// for ever on a page whose main thread is stuck: every step goes through guard().
import { chromium } from '@playwright/test'
import { chromiumPath } from './lib.mjs'
import { WAIT_MS, guard, log, pageProbe, timed } from './ui-measure.mjs'

/** Longest wait for a screen to open; the live screen at 20,000 notes is given longer by its caller. */
export const LOAD_MS = Number(process.env.BENCH_UI_LOAD_MS ?? 120_000)

export const launchBrowser = () =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--enable-precise-memory-info'
    ]
  })

/**
 * A new tab in a new context (its own renderer, its own query cache), opened on `hash` with the
 * token in the address as the server printed it. Closed with `done()`, which never waits long on a
 * stuck page.
 */
export async function openTab(browser, serverUrl, hash) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'en-US',
    reducedMotion: 'reduce'
  })
  await context.addInitScript(pageProbe)
  const page = await context.newPage()
  page.setDefaultTimeout(LOAD_MS)
  const cdp = await context.newCDPSession(page)
  const shell = await guard(
    page
      .goto(`${serverUrl}${hash}`)
      .then(() => page.waitForSelector('html[data-ready="true"]', { state: 'attached' })),
    LOAD_MS
  )
  if (!shell.ok) log(`the shell did not come up within ${LOAD_MS} ms (${hash})`)
  return { ok: shell.ok, page, cdp, done: () => guard(context.close(), 15_000) }
}

/** A cold open of live mode: a fresh tab on the sessions list, then the address changed to live mode. */
export async function openLive(browser, serverUrl, id, wait = LOAD_MS) {
  const t0 = performance.now()
  const tab = await openTab(browser, serverUrl, '#/sessions')
  if (!tab.ok || !(await guard(tab.page.locator('main h2').first().waitFor(), LOAD_MS)).ok)
    return { ...tab, ok: false, open: { ms: performance.now() - t0, ok: false } }
  const open = await timed(
    tab.page,
    'armedAt',
    'captureFocused',
    [],
    () => tab.page.evaluate((hash) => (window.location.hash = hash), `#/sessions/${id}/live`),
    wait
  )
  return { ...tab, ok: open.ok, open }
}

/** Elements in the page and JS heap in use after a garbage collection; null where the page did not answer. */
export async function screenOf({ page, cdp }) {
  await new Promise((r) => setTimeout(r, 500))
  await guard(cdp.send('HeapProfiler.collectGarbage'), WAIT_MS)
  const r = await guard(
    page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      return { elements: document.querySelectorAll('*').length, heap: performance.memory?.usedJSHeapSize }
    }),
    WAIT_MS
  )
  let heap = r.ok ? r.value.heap : undefined
  if (!heap) {
    await guard(cdp.send('Performance.enable'), WAIT_MS)
    const m = await guard(cdp.send('Performance.getMetrics'), WAIT_MS)
    heap = m.ok ? m.value.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value : undefined
  }
  return { elements: r.ok ? r.value.elements : null, heapMb: heap ? heap / 1024 / 1024 : null }
}
