// Issue 12, "fast at any size": the same user actions in Chromium (browser mode) on a small and on a
// big session, and their ratio. Capture and typing in live mode (10 vs 5,000 notes), opening live
// mode, moving a note in synthesis (100 vs 5,000 notes), filtering the sessions list (10 vs 300
// sessions); the live screen's DOM size and JS heap at 10, 5,000 and 20,000 notes, and the server's
// memory once the big sessions have been opened and left. Every timing is driven as a user would
// (real key events, the "Move to" list) and ends when the result is on screen: the change is in the
// DOM, then two animation frames have passed. Waits time out generously and report what they saw,
// so a slow screen shows as a big figure rather than a crash.
import { rmSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumPath, median, percentile, report, startServer } from './lib.mjs'

const CAPTURES = 30
const KEYS = 50
const OPENS = 5
const MOVES = 15
const FILTER_ROUNDS = 10 // a digit then Backspace: 20 keystrokes
/** Longest wait for one result on screen; a page that takes longer is reported at this, as a lower bound. */
const WAIT_MS = Number(process.env.BENCH_UI_WAIT_MS ?? 60_000)
/** Longest wait for a screen to open; the live screen at 20,000 notes gets BIG_LOAD_MS. */
const LOAD_MS = Number(process.env.BENCH_UI_LOAD_MS ?? 120_000)
const BIG_LOAD_MS = Number(process.env.BENCH_UI_BIG_LOAD_MS ?? 300_000)
/** Time after which a series stops taking samples (it keeps at least one). */
const SERIES_MS = Number(process.env.BENCH_UI_SERIES_MS ?? 60_000)
/** BENCH_UI_VERBOSE=1 prints every series' samples. */
const VERBOSE = Boolean(process.env.BENCH_UI_VERBOSE)

const timedOut = []
const started = performance.now()
const log = (msg) => console.log(`# ${((performance.now() - started) / 1000).toFixed(1)}s ${msg}`)

// ---------------------------------------------------------------------------------------------
// The notebook, generated through the API: whole session files imported as copies.

const STAMP0 = Date.parse('2026-11-27T09:00:00.000Z')
const TYPES = ['insight', 'quote', 'question', 'idea', 'action', 'barrier', 'enabler', 'decision']
const CONSENTS = ['anonymous', 'shareable', 'internal', 'not-for-export']
const PHRASES = [
  'les habitants sans papiers se heurtent au guichet : le padrón dépend d’un justificatif de domicile',
  'the mediator at the library helps families fill in the housing forms on Tuesday evenings',
  'la cola empieza a las seis de la mañana y los niños traducen para sus padres en la ventanilla',
  'forms only in French; the town hall could print the three most used ones in Arabic and Spanish',
  'a single desk for newcomers would avoid sending people between five offices across the city'
]

/** A session file (the open format, schema version 6) holding `count` notes, each marked N00042. */
function sessionFile(count, title) {
  const stamp = new Date(STAMP0).toISOString()
  return {
    schemaVersion: 6,
    revision: 0,
    id: `benchUi${String(count).padStart(6, '0')}`,
    title,
    date: null,
    startTime: '09:00',
    plannedEnd: null,
    timeZone: 'Europe/Paris',
    place: 'Valencia',
    online: false,
    languages: ['en', 'fr', 'es'],
    audience: '',
    objectives: '',
    notes: '',
    consent: { chathamHouse: true, attributableQuotes: false, photos: false, note: '' },
    createdAt: stamp,
    updatedAt: stamp,
    blocks: [],
    personas: [],
    captures: Array.from({ length: count }, (_, i) => ({
      id: `note${String(i).padStart(8, '0')}`,
      createdAt: new Date(STAMP0 + i * 1000).toISOString(),
      blockId: null,
      elapsedSeconds: i,
      type: TYPES[i % TYPES.length],
      text: `N${String(i).padStart(5, '0')} ${PHRASES[i % PHRASES.length]} #groupe${i % 7}`,
      links: i % 3 === 0 ? ['uclg-plm-28:case-barcelona'] : [],
      tags: [`groupe${i % 7}`],
      speaker: i % 4 === 0 ? null : `Groupe ${'ABCD'[i % 4]}`,
      consent: CONSENTS[i % CONSENTS.length]
    })),
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: { clusters: [], noteVotes: {}, actions: [] }
  }
}

/** The API of a running server, called as the renderer calls it. */
function apiOf(url) {
  const { origin, searchParams } = new URL(url)
  const token = searchParams.get('token') ?? ''
  return async (channel, input) => {
    const res = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-passerelle-token': token },
      body: JSON.stringify({ input })
    })
    const result = await res.json()
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error).slice(0, 300)}`)
    return result.value
  }
}

async function startNotebook(label) {
  const dataDir = await mkdtemp(join(tmpdir(), `passerelle-bench-ui-${label}-`))
  dataDirs.push(dataDir)
  const server = await startServer(dataDir)
  servers.push(server.pid)
  const api = apiOf(server.url)
  await api('settings:set', { language: 'en', welcomeDismissed: true })
  return { dataDir, server, api, origin: new URL(server.url).origin }
}

async function closeNotebook({ server, dataDir }) {
  await server.stop()
  servers.splice(servers.indexOf(server.pid), 1)
  await rm(dataDir, { recursive: true, force: true })
  dataDirs.splice(dataDirs.indexOf(dataDir), 1)
}

async function importSession(api, count) {
  const content = JSON.stringify(sessionFile(count, `Bench ${count} notes`))
  const t0 = performance.now()
  const session = await api('sessions:import', { content, asCopy: true })
  log(
    `imported ${count} notes (${(content.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`
  )
  return session.id
}

async function rssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)[1]) / 1024
}

// ---------------------------------------------------------------------------------------------
// In the page: note when the user acted, and wait until a condition holds on screen.

function pageProbe() {
  const probe = {
    lastKey: 0,
    lastChange: 0,
    pending: null,
    conditions: {
      /** The newest note (first in the list) is the one just captured. */
      newestNote: (marker) =>
        document.querySelector('[data-testid="captured-note"]')?.textContent?.includes(marker) ?? false,
      /** A menu offers `name`. */
      menuItem: (name) =>
        [...document.querySelectorAll('[role="menuitemradio"], [role="menuitem"], [role="option"]')].some(
          (el) => el.textContent.trim() === name && el.getBoundingClientRect().height > 0
        ),
      inputLength: (n) => document.querySelector('input[data-testid="capture-input"]')?.value.length === n,
      captureFocused: () => document.activeElement?.matches('[data-testid="capture-input"]') ?? false,
      inCluster: (name, marker) => {
        const cluster = [...document.querySelectorAll('[data-testid="cluster"]')].find(
          (el) =>
            el.getAttribute('aria-label')?.endsWith(name) ||
            [...el.querySelectorAll('input')].some((input) => input.value === name)
        )
        return cluster?.textContent?.includes(marker) ?? false
      },
      /**
       * The sessions list shows the result for `query`: every row matches it, there are no more rows
       * than expected and at least min(expected, 10) (a virtualised list may render fewer than all);
       * when the query widens back to everything, some row no longer matches the previous one.
       */
      sessionsFor: (query, previous, expected) => {
        const rows = [...document.querySelectorAll('main a[href]')].filter((a) =>
          /\/sessions\/[A-Za-z0-9_-]{8,40}$/.test(a.getAttribute('href') ?? '')
        )
        const titles = rows.map((a) => a.textContent.toLowerCase())
        if (titles.length > expected || titles.length < Math.min(expected, 10)) return false
        if (!titles.every((t) => t.includes(query))) return false
        return query !== '' || titles.some((t) => !t.includes(previous))
      }
    },
    /** Start watching for `name(...args)`; `done()` resolves after it holds and two frames pass. */
    arm(name, args, timeout) {
      const armedAt = performance.now()
      probe.pending = new Promise((resolve) => {
        let finished = false
        const finish = (ok) => {
          if (finished) return
          finished = true
          observer.disconnect()
          clearTimeout(timer)
          const seenAt = performance.now()
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                ok,
                armedAt,
                seenAt,
                end: performance.now(),
                key: probe.lastKey,
                change: probe.lastChange
              })
            )
          )
        }
        const test = () => {
          try {
            if (probe.conditions[name](...args)) finish(true)
          } catch {
            // not there yet
          }
        }
        const observer = new MutationObserver(test)
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
        const poll = () => {
          if (finished) return
          test()
          requestAnimationFrame(poll)
        }
        requestAnimationFrame(poll)
        const timer = setTimeout(() => finish(false), timeout)
      })
    },
    done: () => probe.pending
  }
  window.__bench = probe
  // Capture phase on window: before any handler of the app, at the event's own timestamp.
  window.addEventListener('keydown', (e) => (probe.lastKey = e.timeStamp), true)
  window.addEventListener('change', (e) => (probe.lastChange = e.timeStamp), true)
}

/**
 * Settles with `{ ok, value }` by `ms` at the latest. A page whose main thread is stuck answers no
 * evaluate and takes no key, so every step in the page goes through this; what it leaves running
 * fails quietly when its page is closed.
 */
function guard(promise, ms) {
  promise.catch(() => {})
  let timer
  return Promise.race([
    promise.then((value) => ({ ok: true, value })),
    new Promise((resolve) => (timer = setTimeout(() => resolve({ ok: false }), ms)))
  ]).finally(() => clearTimeout(timer))
}

/**
 * One sample: arm the probe, act as the user, wait for the screen. Milliseconds from the user's
 * event (`from`: 'key', 'change', or 'armedAt' for a navigation the probe starts) to the result
 * painted; when the page never shows it, the time waited, as a lower bound, and `ok: false`.
 */
async function timed(page, from, name, args, act, timeout = WAIT_MS) {
  const t0 = performance.now()
  const r = await guard(
    (async () => {
      await page.evaluate(([n, a, t]) => window.__bench.arm(n, a, t), [name, args, timeout])
      await act()
      return page.evaluate(() => window.__bench.done())
    })(),
    timeout + 5000
  )
  if (r.ok) return { ms: r.value.end - r.value[from], ok: r.value.ok }
  return { ms: performance.now() - t0, ok: false }
}

/**
 * Up to `count` recorded samples after `warmup` unrecorded ones. A series stops at its first
 * timeout (the page is then in no state to measure) or once it has used SERIES_MS, so a very slow
 * screen costs minutes, not hours; stopped before its first recorded sample, it keeps its warm-up
 * ones (a slow screen is slow warm or cold).
 */
async function series(label, count, warmup, sample) {
  const warm = []
  const values = []
  const t0 = performance.now()
  for (let i = 0; i < warmup + count; i++) {
    const { ms, ok } = await sample(i)
    ;(i >= warmup ? values : warm).push(ms)
    if (!ok) {
      timedOut.push(label)
      break
    }
    if (performance.now() - t0 > SERIES_MS) break
  }
  if (values.length === 0) values.push(...warm)
  if (VERBOSE) log(`${label} samples: ${values.map((v) => Math.round(v)).join(' ')}`)
  if (values.length < count)
    log(
      `${label}: ${values.length} of ${count} samples (${timedOut.includes(label) ? 'timed out' : 'time budget'})`
    )
  return values
}

const browser = await chromium.launch({
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
async function openTab(serverUrl, hash) {
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
async function openLive(serverUrl, id, wait = LOAD_MS) {
  const t0 = performance.now()
  const tab = await openTab(serverUrl, '#/sessions')
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
async function screenOf({ page, cdp }) {
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

const ratio = (name, big, small, goal) => report(name, big / small, `x (goal <= ${goal})`)
const servers = []
const dataDirs = []
process.on('exit', () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
  for (const pid of servers) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
})

// ---------------------------------------------------------------------------------------------
// Notebook 1: sessions of 10, 100, 5,000 and 20,000 notes.
{
  const nb = await startNotebook('notes')
  const url = nb.server.url
  const ids = {}
  for (const count of [10, 100, 5000, 20000]) ids[count] = await importSession(nb.api, count)
  for (const count of [100, 5000])
    for (const name of ['Bench A', 'Bench B'])
      await nb.api('synthesis:add-cluster', { sessionId: ids[count], name })
  report('server_rss_mb_before_ui', await rssMb(nb.server.pid), 'MB (informative)')

  // Opening live mode, cold, small and big alternately; a slow warm-up open counts as a sample.
  const opens = { 10: [], 5000: [] }
  const openStarted = performance.now()
  for (let run = -1; run < OPENS; run++) {
    for (const count of [10, 5000]) {
      const tab = await openLive(url, ids[count])
      await tab.done()
      if (run >= 0 || !tab.open.ok || tab.open.ms > 10_000) opens[count].push(tab.open.ms)
      if (!tab.open.ok) timedOut.push(`live_open_${count}`)
    }
    const enough = opens[10].length > 0 && opens[5000].length > 0
    if (timedOut.length || (enough && performance.now() - openStarted > 2 * SERIES_MS)) break
  }
  log(`live open done (${opens[10].length} and ${opens[5000].length} samples)`)

  // The live screen: its size, then typing and capturing.
  const typing = {}
  const capture = {}
  const screens = {}
  for (const count of [10, 5000]) {
    const tab = await openLive(url, ids[count])
    const { page } = tab
    screens[count] = await screenOf(tab)
    if (!tab.ok) {
      timedOut.push(`ui_typing_${count}`, `ui_capture_${count}`)
      typing[count] = [tab.open.ms]
      capture[count] = [tab.open.ms]
      await tab.done()
      continue
    }
    const input = page.getByTestId('capture-input')
    await guard(input.focus(), WAIT_MS)
    typing[count] = await series(`ui_typing_${count}`, KEYS, 5, (i) =>
      timed(page, 'key', 'inputLength', [i + 1], () => page.keyboard.press('abcdefghij'[i % 10]))
    )
    if (!timedOut.includes(`ui_typing_${count}`)) await guard(input.fill(''), WAIT_MS)
    capture[count] = await series(`ui_capture_${count}`, CAPTURES, 3, async (i) => {
      const marker = `Mesure${count}x${String(i).padStart(3, '0')}`
      if (!(await guard(input.fill(`${marker} — «porte» ou «mur» ?`), WAIT_MS)).ok)
        return { ms: WAIT_MS, ok: false }
      return timed(page, 'key', 'newestNote', [marker], () => page.keyboard.press('Enter'))
    })
    await tab.done()
    log(`typing and capture at ${count} done`)
  }

  // Synthesis: move the first unsorted note to a cluster with its "Move to" control, by keyboard.
  // A list (select): pick the cluster, timed from its change event. A button with a menu: Enter
  // on the button until the cluster is offered, plus Enter on the cluster until the note is in
  // it, each timed in the page from its keydown (the bench's own round trip between them is not).
  const moves = {}
  for (const count of [100, 5000]) {
    const t0 = performance.now()
    const tab = await openTab(url, `#/sessions/${ids[count]}/synthesis`)
    const { page } = tab
    const moveControl = () =>
      page
        .getByTestId('unsorted')
        .getByLabel(/^Move “.*” to$/)
        .first()
    const shown = tab.ok && (await guard(moveControl().waitFor(), LOAD_MS))
    moves[count] = !shown.ok
      ? (timedOut.push(`synthesis_move_${count}`), [performance.now() - t0])
      : await series(`synthesis_move_${count}`, MOVES, 2, async (i) => {
          const control = moveControl()
          const found = await guard(
            control.evaluate((el) => [el.tagName, el.getAttribute('aria-label')]),
            WAIT_MS
          )
          if (!found.ok) return { ms: WAIT_MS, ok: false }
          const [tag, label] = found.value
          const marker = /N\d{5}/.exec(label ?? '')?.[0]
          if (!marker) throw new Error(`no note marker in “${label}”`)
          const cluster = i % 2 ? 'Bench B' : 'Bench A'
          if (tag === 'SELECT')
            return timed(page, 'change', 'inCluster', [cluster, marker], () =>
              control.selectOption({ label: cluster })
            )
          if (!(await guard(control.focus(), WAIT_MS)).ok) return { ms: WAIT_MS, ok: false }
          const open = await timed(page, 'key', 'menuItem', [cluster], () => page.keyboard.press('Enter'))
          if (!open.ok) return open
          const item = page.getByRole('menuitemradio', { name: cluster, exact: true })
          const pick = await timed(page, 'key', 'inCluster', [cluster, marker], () => item.press('Enter'))
          return { ms: open.ms + pick.ms, ok: pick.ok }
        })
    await tab.done()
    log(`synthesis at ${count} done`)
  }

  // The live screen at 20,000 notes; then, every big session opened and left, the server's memory.
  let open20k
  {
    const tab = await openLive(url, ids[20000], BIG_LOAD_MS)
    if (!tab.open.ok) timedOut.push('live_open_20000')
    screens[20000] = await screenOf(tab)
    open20k = tab.open.ms
    await guard(
      tab.page.evaluate(() => (window.location.hash = '#/sessions')),
      WAIT_MS
    )
    await guard(tab.page.locator('main h2').first().waitFor(), WAIT_MS)
    await tab.done()
  }
  await new Promise((r) => setTimeout(r, 3000))
  const rssAfter = await rssMb(nb.server.pid)

  const p95 = (values) => percentile(values, 95)
  report('ui_capture_p95_ms_10', p95(capture[10]), 'ms')
  report('ui_capture_p95_ms_5k', p95(capture[5000]), 'ms')
  ratio('ui_capture_5k_vs_10', p95(capture[5000]), p95(capture[10]), 1.5)
  report('ui_typing_p95_ms_10', p95(typing[10]), 'ms')
  report('ui_typing_p95_ms_5k', p95(typing[5000]), 'ms')
  ratio('ui_typing_5k_vs_10', p95(typing[5000]), p95(typing[10]), 1.5)
  report('live_open_ms_10', median(opens[10]), 'ms')
  report('live_open_ms_5k', median(opens[5000]), 'ms')
  ratio('live_open_5k_vs_10', median(opens[5000]), median(opens[10]), 2)
  report('live_open_ms_20k', open20k, 'ms (informative, one cold open)')
  report('synthesis_move_p95_ms_100', p95(moves[100]), 'ms')
  report('synthesis_move_p95_ms_5k', p95(moves[5000]), 'ms')
  ratio('synthesis_move_5k_vs_100', p95(moves[5000]), p95(moves[100]), 1.5)
  for (const [count, suffix] of [
    [10, '10'],
    [5000, '5k'],
    [20000, '20k']
  ]) {
    const { elements, heapMb } = screens[count]
    if (elements === null) log(`live screen at ${count} notes: no element count (page did not answer)`)
    else report(`live_dom_elements_${suffix}`, elements, 'elements')
    if (heapMb === null) log(`live screen at ${count} notes: no heap figure (page did not answer)`)
    else report(`live_js_heap_mb_${suffix}`, heapMb, 'MB')
  }
  report('server_rss_mb_after_big_sessions', rssAfter, 'MB')

  await closeNotebook(nb)
}

// ---------------------------------------------------------------------------------------------
// Notebooks 2 and 3: the sessions list with 10 and with 300 sessions, filtered a keystroke at a time.
const CITIES = ['Valencia', 'Grenoble', 'Sousse', 'Barcelona', 'Lisboa', 'Torino', 'Rabat', 'Gdansk']
const filter = {}
for (const sessions of [10, 300]) {
  const nb = await startNotebook(`list${sessions}`)
  // One digit per title, cycling, and none elsewhere: a digit typed keeps a tenth of the list.
  const titles = Array.from({ length: sessions }, (_, i) => `Atelier ${CITIES[i % CITIES.length]} ${i % 10}`)
  for (let i = 0; i < titles.length; i += 10)
    await Promise.all(titles.slice(i, i + 10).map((title) => nb.api('sessions:create', { title })))
  const expected = (q) => titles.filter((t) => t.toLowerCase().includes(q)).length
  const tab = await openTab(nb.server.url, '#/sessions')
  const { page } = tab
  const search = page.getByRole('searchbox').first()
  await search.waitFor()
  await page.waitForFunction(
    (n) => document.querySelectorAll('main a[href*="/sessions/"]').length >= Math.min(n, 10),
    sessions
  )
  await search.focus()
  // Keystroke i: a digit (a tenth of the list stays) when even, Backspace (all of it again) when odd.
  filter[sessions] = await series(`sessions_filter_${sessions}`, 2 * FILTER_ROUNDS, 2, (i) => {
    const digit = String(Math.floor(i / 2) % 10)
    return i % 2 === 0
      ? timed(page, 'key', 'sessionsFor', [digit, '', expected(digit)], () => page.keyboard.press(digit))
      : timed(page, 'key', 'sessionsFor', ['', digit, sessions], () => page.keyboard.press('Backspace'))
  })
  await tab.done()
  await closeNotebook(nb)
}
log('sessions list done')
await browser.close()

report('sessions_filter_p95_ms_10', percentile(filter[10], 95), 'ms')
report('sessions_filter_p95_ms_300', percentile(filter[300], 95), 'ms')
ratio('sessions_filter_300_vs_10', percentile(filter[300], 95), percentile(filter[10], 95), 1.5)
if (timedOut.length)
  console.log(`# waits that timed out (those figures are lower bounds): ${[...new Set(timedOut)].join(', ')}`)
log('ui-scale done')
