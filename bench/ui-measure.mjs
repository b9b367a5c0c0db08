// How the UI bench times what a user does in Chromium: a probe in the page that notes the user's
// event and waits until its result is painted, and series of such samples that stop early rather
// than hang on a screen too slow to measure. Waits report what they saw as lower bounds.

/** Longest wait for one result on screen; a page that takes longer is reported at this, as a lower bound. */
export const WAIT_MS = Number(process.env.BENCH_UI_WAIT_MS ?? 60_000)
/** Time after which a series stops taking samples (it keeps at least one). */
export const SERIES_MS = Number(process.env.BENCH_UI_SERIES_MS ?? 60_000)
/** BENCH_UI_VERBOSE=1 prints every series' samples. */
const VERBOSE = Boolean(process.env.BENCH_UI_VERBOSE)

/** Labels of the waits that timed out: their figures are lower bounds, said at the end. */
export const timedOut = []
const started = performance.now()
export const log = (msg) => console.log(`# ${((performance.now() - started) / 1000).toFixed(1)}s ${msg}`)

/** Runs in the page (an init script): note when the user acted, and wait until a condition holds on screen. */
export function pageProbe() {
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
export function guard(promise, ms) {
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
export async function timed(page, from, name, args, act, timeout = WAIT_MS) {
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
export async function series(label, count, warmup, sample) {
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
