// export_busy_max_ms: the slowest `sessions:list` the built browser-mode server answers while it
// renders the outcome brief of a 5,000-note session (goal ≤ 200 ms: the server stays usable during
// an export), with the brief's own duration next to it (export_busy_brief_ms). Also the whole
// export of a 20-note brief, the run's first and the next ones (briefs are laid out in a worker
// thread; the first one pays for starting it).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, percentile, report, startServer } from './lib.mjs'
import { briefNotes } from './session-files.mjs'

const NOTES = Number(process.env.BENCH_NOTES ?? 5000)
const stamp = '2026-11-27T09:00:00.000Z'
/** Between two calls: a screen that keeps asking, without taking a core from the brief. */
const GAP_MS = 20
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-export-'))
const server = await startServer(dataDir)
const { origin, searchParams } = new URL(server.url)
const token = searchParams.get('token')

async function api(channel, input) {
  const res = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelle-token': token },
    body: JSON.stringify(input === undefined ? {} : { input })
  })
  const body = await res.json()
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`)
  return body.value
}

/** A session as the app makes it, then filled with notes and clusters and imported as a file. */
async function sessionWith(notes) {
  const base = await api('sessions:create', { title: 'Atelier « Ville accueillante »', date: '2026-11-27' })
  const links = (await api('content:packs'))[0].pack.items
    .filter((i) => i.kind === 'prompt' || i.kind === 'case-study')
    .map((i) => `uclg-plm-28:${i.id}`)
  const { captures, clusters } = briefNotes(notes, links, stamp)
  const file = {
    ...base,
    consent: { ...base.consent, attributableQuotes: true },
    captures,
    synthesis: { ...base.synthesis, clusters }
  }
  const imported = await api('sessions:import', { content: JSON.stringify(file), asCopy: true })
  return imported.id
}

let jobs = 0
const exportBrief = (sessionId) =>
  api('export:file', {
    sessionId,
    jobId: `benchexport${String(jobs++).padStart(4, '0')}`,
    format: 'outcome-brief',
    language: 'fr',
    pageSize: 'A4'
  })

async function timed(f) {
  const t0 = performance.now()
  await f()
  return performance.now() - t0
}

try {
  const small = await sessionWith(20)
  const sessionId = await sessionWith(NOTES)
  for (let i = 0; i < 5; i++) await api('sessions:list') // warm the path before timing it

  // A 20-note brief: the first export of the run, then the next ones (median of 5).
  const smallFirst = await timed(() => exportBrief(small))
  const smallNext = []
  for (let i = 0; i < 5; i++) smallNext.push(await timed(() => exportBrief(small)))

  const started = performance.now()
  let done = false
  let briefMs = 0
  const jobId = `benchexport${String(jobs).padStart(4, '0')}`
  const exported = exportBrief(sessionId).finally(() => {
    briefMs = performance.now() - started
    done = true
  })
  // What another screen does meanwhile: list the sessions, again and again, until the brief is back.
  const answers = []
  const slow = []
  let phase = null
  const polling = (async () => {
    while (!done) {
      phase = (await api('export:progress', { jobId }))?.phase ?? phase
      await sleep(250)
    }
  })()
  while (!done) {
    const t0 = performance.now()
    await api('sessions:list')
    const ms = performance.now() - t0
    answers.push(ms)
    if (ms > 100) slow.push({ at: Math.round(t0 - started), ms: Math.round(ms), phase })
    await sleep(GAP_MS)
  }
  await polling
  // BENCH_DEBUG=1 lists the answers over 100 ms, with when they came and what the export was doing.
  if (process.env.BENCH_DEBUG) console.log(slow)
  const delivery = await exported
  if (!delivery.base64) throw new Error('the export returned no PDF')

  report('export_busy_max_ms', Math.round(Math.max(...answers)), 'ms')
  report('export_busy_p50_ms', Math.round(median(answers)), 'ms')
  report('export_busy_p95_ms', Math.round(percentile(answers, 95)), 'ms')
  report('export_busy_calls', answers.length, 'calls')
  report('export_busy_brief_ms', Math.round(briefMs), 'ms')
  report('export_small_first_ms', Math.round(smallFirst), 'ms')
  report('export_small_next_ms', Math.round(median(smallNext)), 'ms')
} finally {
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
