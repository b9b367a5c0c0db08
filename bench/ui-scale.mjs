// Issue 12, "fast at any size": the same user actions in Chromium (browser mode) on a small and on a
// big session, and their ratio. Capture and typing in live mode (10 vs 5,000 notes), opening live
// mode, moving a note in synthesis (100 vs 5,000 notes), filtering the sessions list (10 vs 300
// sessions); the live screen's DOM size and JS heap at 10, 5,000 and 20,000 notes, and the server's
// memory once the big sessions have been opened and left. Every timing is driven as a user would
// (real key events, the "Move to" list) and ends when the result is on screen: the change is in the
// DOM, then two animation frames have passed. Waits time out generously and report what they saw,
// so a slow screen shows as a big figure rather than a crash.
import { median, percentile, report } from './lib.mjs'
import { SERIES_MS, WAIT_MS, guard, log, series, timed, timedOut } from './ui-measure.mjs'
import { closeNotebook, importSession, rssMb, startNotebook } from './ui-notebooks.mjs'
import { LOAD_MS, launchBrowser, openLive, openTab, screenOf } from './ui-tabs.mjs'

const CAPTURES = 30
const KEYS = 50
const OPENS = 5
const MOVES = 15
const FILTER_ROUNDS = 10 // a digit then Backspace: 20 keystrokes
/** Longest wait for the live screen to open at 20,000 notes (LOAD_MS for the others). */
const BIG_LOAD_MS = Number(process.env.BENCH_UI_BIG_LOAD_MS ?? 300_000)
const browser = await launchBrowser()
const ratio = (name, big, small, goal) => report(name, big / small, `x (goal <= ${goal})`)

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
      const tab = await openLive(browser, url, ids[count])
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
    const tab = await openLive(browser, url, ids[count])
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
    const tab = await openTab(browser, url, `#/sessions/${ids[count]}/synthesis`)
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
    const tab = await openLive(browser, url, ids[20000], BIG_LOAD_MS)
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
  const tab = await openTab(browser, nb.server.url, '#/sessions')
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
