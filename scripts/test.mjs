// npm test: typecheck, lint, build, vitest, Playwright — the whole suite — then one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BIN, ROOT, buildRoomPage, findChromium, run } from './lib.mjs'

const reports = join(ROOT, 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const tally = { passed: 0, failed: 0, skipped: 0 }
const failures = []

/** Debian's Chromium, installed on demand where we can; Playwright's own download needs the internet. */
function ensureBrowser() {
  if (findChromium()) return true
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium with apt-get…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env
    })
    if (findChromium()) return true
  }
  const online = spawnSync(BIN('playwright'), ['install', 'chromium'], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 300_000
  })
  if (online.status === 0) return true
  console.error(
    'Cannot run the browser tests: install Chromium (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.'
  )
  return false
}

/** A step: a command and its arguments, or a function returning the exit code. */
async function step(name, command, args) {
  console.log(`\n── ${name} ──`)
  const code = typeof command === 'function' ? await command() : await run(command, args)
  if (code === 0) tally.passed++
  else {
    tally.failed++
    failures.push(name)
  }
  return code
}

const browserReady = ensureBrowser()
await step('typecheck', 'npm', ['run', '--silent', 'typecheck'])
await step('lint', 'npm', ['run', '--silent', 'lint'])
// The same two builds as `npm run build`: the app, then the phones' page the room serves.
const built =
  (await step('build', BIN('electron-vite'), ['build', '--logLevel', 'warn'])) === 0 &&
  (await step('build (room page)', buildRoomPage)) === 0

console.log('\n── vitest ──')
await run(BIN('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`
])
const vitest = readJson(join(reports, 'vitest.json'))
if (vitest) {
  tally.passed += vitest.numPassedTests
  tally.failed += vitest.numFailedTests
  tally.skipped += vitest.numPendingTests + vitest.numTodoTests
  if (vitest.numFailedTests > 0 || vitest.numFailedTestSuites > 0) failures.push('vitest')
  tally.failed += vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? 1 : 0
} else {
  tally.failed++
  failures.push('vitest (no report)')
}

if (browserReady && built) {
  console.log('\n── playwright ──')
  await run(BIN('playwright'), ['test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') }
  })
  const pw = readJson(join(reports, 'playwright.json'))
  if (pw) {
    tally.passed += pw.stats.expected + pw.stats.flaky
    tally.failed += pw.stats.unexpected
    tally.skipped += pw.stats.skipped
    if (pw.stats.unexpected > 0 || pw.errors?.length) failures.push('playwright')
    if (pw.errors?.length && pw.stats.unexpected === 0) tally.failed++
    const network = (readText(join(reports, 'e2e-network.jsonl')) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
    const sum = (k) => network.reduce((n, r) => n + r[k], 0)
    console.log(
      `network: ${sum('requests')} requests from ${network.length} browser tests, ${sum('outside')} left 127.0.0.1`
    )
  } else {
    tally.failed++
    failures.push('playwright (no report)')
  }
} else {
  tally.failed++
  failures.push(browserReady ? 'playwright (build failed)' : 'playwright (no browser)')
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const line = `${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`
writeFileSync(join(reports, 'summary.txt'), `${line}\n`)
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${line}`)
process.exit(tally.failed > 0 ? 1 : 0)
