// first_render_ms: navigation start → the shell interactive (its `passerelle-ready` mark), in
// Debian Chromium over loopback, median of several cold runs; the same for a blank React page
// built and served the same way in the same run, so the ratio is comparable across machines.
import { createServer } from 'node:http'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { ROOT, chromiumPath, median, report, startServer } from './lib.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const blankOut = join(ROOT, 'bench/.out/blank-react')

await build({
  root: join(ROOT, 'bench/blank-react'),
  base: './',
  logLevel: 'warn',
  build: { outDir: blankOut, emptyOutDir: true }
})

// "Served the same way": the blank page gets the app server's own response headers. Its
// Cross-Origin-Opener-Policy alone moves a navigation into a fresh browsing-context group and
// costs ~60 ms in Chromium; a baseline without it would charge that to the shell.
const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-'))
const app = await startServer(dataDir)
const PER_RESPONSE = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'cache-control'
])
const appHeaders = Object.fromEntries(
  [...(await fetch(app.url, { method: 'HEAD' })).headers].filter(([name]) => !PER_RESPONSE.has(name))
)
const TYPES = { '.html': 'text/html', '.js': 'text/javascript' }
const blankServer = createServer(async (req, res) => {
  const path = normalize(req.url === '/' ? '/index.html' : req.url.split('?')[0]).replace(/^(\.\.[/\\])+/, '')
  try {
    const body = await readFile(join(blankOut, path))
    res.writeHead(200, { ...appHeaders, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((r) => blankServer.listen(0, '127.0.0.1', r))
const blankUrl = `http://127.0.0.1:${blankServer.address().port}/`

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
    '--disable-component-update'
  ]
})

// first_screen_ms: until the Library's heading is in the page, i.e. the first screen a user
// reads (the component library, the page's code and its data), not only the shell around it.
function markFirstScreen() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('main h2')) return
    performance.mark('first-screen')
    observer.disconnect()
  }).observe(document, { subtree: true, childList: true })
}

async function measure(url, { screen = false } = {}) {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (screen) await page.addInitScript(markFirstScreen)
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  if (screen) await page.waitForSelector('main h2')
  const [ready, firstScreen] = await page.evaluate(() =>
    ['passerelle-ready', 'first-screen'].map((name) => performance.getEntriesByName(name)[0]?.startTime)
  )
  await context.close()
  return { ready, firstScreen }
}

const shell = []
const screens = []
const blank = []
await measure(app.url) // warm the server's file cache and Chromium's process pool once, unrecorded
await measure(blankUrl)
for (let i = 0; i < RUNS; i++) {
  const run = await measure(app.url, { screen: true })
  shell.push(run.ready)
  screens.push(run.firstScreen)
  blank.push((await measure(blankUrl)).ready)
}
await browser.close()
await app.stop()
blankServer.close()
await rm(dataDir, { recursive: true, force: true })

const shellMs = median(shell)
const blankMs = median(blank)
report('first_render_ms', shellMs, 'ms')
report('blank_react_render_ms', blankMs, 'ms')
report('first_render_vs_blank', shellMs / blankMs, 'x (goal <= 1.5)')
report('first_screen_ms', median(screens), 'ms')
