// room_queue_open_ms_<n>: in Chromium, the live screen's "From the room" tab clicked until the
// first waiting contribution is painted, with 10 and with 2,000 waiting (the queue's limit), each
// time in a fresh tab (cold query cache: the queue is fetched, then drawn). The phones fill the
// queues through the room's own API, ten contributions each (its per-phone limit).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, report, startServer } from './lib.mjs'
import { HOST, api, burst } from './room-phones.mjs'
import { launchBrowser, openTab } from './ui-tabs.mjs'

const SIZES = [10, 2000]
const SAMPLES = 5

async function fill(server, sessionId, count, subnet) {
  const room = await api(server, 'room:open', { sessionId, host: HOST })
  const port = Number(new URL(room.url).port)
  const phones = Math.ceil(count / 10)
  for (let start = 0; start < phones; start += 50)
    await burst(port, room.code, Math.min(50, phones - start), subnet++, new Set(), 10)
  await api(server, 'room:close', { sessionId })
}

/** One cold open of the tab; the time from the click to the first contribution on screen. */
async function openQueue(browser, server, sessionId) {
  const tab = await openTab(browser, server.url.split('#')[0], `#/sessions/${sessionId}/live`)
  try {
    const roomTab = tab.page.getByRole('tab', { name: /From the room/ })
    await roomTab.waitFor()
    return await tab.page.evaluate(
      () =>
        new Promise((resolve) => {
          const tabEl = [...document.querySelectorAll('[role="tab"]')].find((t) =>
            t.textContent.includes('From the room')
          )
          const t0 = performance.now()
          tabEl.click()
          const check = () =>
            document.querySelector('[data-testid="room-item"]')
              ? requestAnimationFrame(() => resolve(performance.now() - t0))
              : requestAnimationFrame(check)
          check()
        })
    )
  } finally {
    await tab.done()
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-room-queue-'))
const server = await startServer(dataDir, { PASSERELLE_ROOM_TEST_ADDRESS: HOST })
const browser = await launchBrowser()
try {
  let subnet = 100
  for (const size of SIZES) {
    const session = await api(server, 'sessions:create', { title: `Room queue ${size}` })
    await fill(server, session.id, size, subnet)
    subnet += Math.ceil(size / 500)
    const samples = []
    for (let i = 0; i < SAMPLES; i++) samples.push(await openQueue(browser, server, session.id))
    report(`room_queue_open_ms_${size}`, median(samples), 'ms (median, click to first contribution painted)')
  }
} finally {
  await browser.close()
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
