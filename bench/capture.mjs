// Capture latency from call to durable, for a session that already holds 5,000 notes, against the
// bare cost of writing the same bytes durably, and with 100 such sessions in the notebook.
import { open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ROOT, percentile, report } from './lib.mjs'
import { buildBackend, notebookWith, sessionWithNotes } from './notebook-fixture.mjs'

const openBackend = await buildBackend('backend')
const resourcesDir = join(ROOT, 'resources')

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 150)
const PREFILL = 5000

/** A notebook with `sessions` sessions, and a timed capture into its first one. */
async function openCapture(sessions) {
  const { dataDir, first } = await notebookWith(sessions, PREFILL)
  const backend = await openBackend({ dataDir, mode: 'browser', resourcesDir })
  const add = (i) =>
    backend.dispatch('captures:add', {
      sessionId: first,
      type: 'quote',
      text: `Mesure ${i} — «porte» ou «mur» ?`,
      blockId: null
    })
  for (let i = 0; i < 10; i++) await add(-i) // warm-up: load the session, JIT the path
  const times = []
  return {
    times,
    dataDir,
    async capture(i) {
      const t0 = performance.now()
      const result = await add(i)
      times.push(performance.now() - t0)
      if (!result.ok) throw new Error(JSON.stringify(result.error))
    },
    async close() {
      const bytes = await readFile(join(dataDir, 'notebook', 'sessions', `${first}.json`))
      await backend.close()
      return bytes
    }
  }
}

/** The floor: the same bytes through a bare temp file + fsync + rename + folder fsync. */
async function rawFloor(bytes, dir) {
  const target = join(dir, 'floor.json')
  const times = []
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now()
    const tmp = `${target}.tmp`
    const fh = await open(tmp, 'w', 0o600)
    await fh.writeFile(bytes)
    await fh.sync()
    await fh.close()
    await rename(tmp, target)
    const d = await open(dirname(target), 'r')
    await d.sync()
    await d.close()
    times.push(performance.now() - t0)
  }
  return times
}

/**
 * A stricter floor for the journal: one note's line appended to an open file and fsynced, which is
 * all a capture now writes (the floor rewrites the whole session file, as captures once did).
 */
async function lineFloor(dir) {
  const fh = await open(join(dir, 'floor.jsonl'), 'a', 0o600)
  const line = `${JSON.stringify(sessionWithNotes('x', 1).captures[0])}\n`
  const times = []
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now()
    await fh.write(line)
    await fh.sync()
    times.push(performance.now() - t0)
  }
  await fh.close()
  return times
}

// One session and 100 sessions, captured into alternately (in turn first), so disk and CPU jitter (which dominate
// sub-millisecond timings) fall on both alike.
const single = await openCapture(1)
const many = await openCapture(100)
for (let i = 0; i < SAMPLES; i++) {
  const [a, b] = i % 2 ? [single, many] : [many, single]
  await a.capture(i)
  await b.capture(i)
}
const singleBytes = await single.close()
await many.close()
const floor = await rawFloor(singleBytes, join(single.dataDir, 'notebook'))
const p95 = percentile(single.times, 95)
const floorP95 = percentile(floor, 95)
report('capture_p95_ms_5k', p95, 'ms')
report('capture_raw_floor_p95_ms_5k', floorP95, 'ms')
report('capture_vs_raw_floor', p95 / floorP95, 'x (goal <= 1.5)')
const lineP95 = percentile(await lineFloor(join(single.dataDir, 'notebook')), 95)
report('capture_line_floor_p95_ms', lineP95, 'ms')
report('capture_vs_line_floor', p95 / lineP95, 'x (informative: the journal against a bare append+fsync)')
const manyP95 = percentile(many.times, 95)
report('capture_p95_ms_5k_in_100_sessions', manyP95, 'ms')
report('capture_100_sessions_vs_single', manyP95 / p95, 'x (goal <= 1.10)')
await rm(single.dataDir, { recursive: true, force: true })
await rm(many.dataDir, { recursive: true, force: true })

// Burst: 1,000 captures fired at once must coalesce into few writes.
{
  const { dataDir, first } = await notebookWith(1)
  const backend = await openBackend({ dataDir, mode: 'browser', resourcesDir })
  await backend.dispatch('captures:add', { sessionId: first, type: 'idea', text: 'warm-up', blockId: null })
  const writesBefore = await backend.notebook.sessions.writeCount(first)
  const t0 = performance.now()
  const results = await Promise.all(
    Array.from({ length: 1000 }, (_, i) =>
      backend.dispatch('captures:add', { sessionId: first, type: 'idea', text: `rafale ${i}`, blockId: null })
    )
  )
  const ms = performance.now() - t0
  if (results.some((r) => !r.ok)) throw new Error('a burst capture failed')
  report('burst_1000_captures_ms', ms, 'ms')
  report(
    'burst_1000_captures_writes',
    (await backend.notebook.sessions.writeCount(first)) - writesBefore,
    'writes'
  )
  await backend.close()
  await rm(dataDir, { recursive: true, force: true })
}
