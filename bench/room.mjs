// The room under load: acknowledgement latency of POST /room/api/submit for one phone alone and
// for 60 phones at once (each its own loopback address, each sending its 10 contributions as
// fast as acknowledged — the per-phone limit is 10 a minute), 0 lost after the run and after a
// SIGKILL and restart; and the size of the phones' page. Uses the built server and out/room.
//
// The same phones are then pointed at a bare node:http server that only appends and fsyncs
// (bench/room-floor/server.mjs): its ratio, printed as room_floor_*, is what this machine allows
// any room server, since 60 requests at once cost a single-threaded server 60 times one request's
// CPU while one phone alone waits only for one request (docs/room.md, "Load").
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT, percentile, report, startServer } from './lib.mjs'
import { HOST, api, burst } from './room-phones.mjs'

/** Warm-up, one phone alone six times over, then 60 at once: the p95s and their ratio. */
async function measure(port, code, acknowledged) {
  // Warm-up (first file open, JIT), not counted.
  await burst(port, code, 1, 20, acknowledged)
  const single = []
  for (let round = 0; round < 6; round++)
    single.push(...(await burst(port, code, 1, 30 + round, acknowledged)))
  const crowd = await burst(port, code, 60, 50, acknowledged)
  const one = percentile(single, 95)
  const sixty = percentile(crowd, 95)
  return { one, sixty, ratio: sixty / one }
}

/** CPU time (ms) a process has used so far; null where /proc is not there. */
async function cpuMs(pid) {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

async function floor(dir) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bench/room-floor/server.mjs'), join(dir, 'floor.jsonl'), HOST],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  try {
    const port = await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => {
        const m = /PORT (\d+)/.exec(String(d))
        if (m) resolve(Number(m[1]))
      })
      child.on('exit', (code) => reject(new Error(`floor server exited ${code}`)))
    })
    return await measure(port, 'FLOOR1', new Set())
  } finally {
    child.kill()
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-room-'))
const env = { PASSERELLE_ROOM_TEST_ADDRESS: HOST }
let server = await startServer(dataDir, env)
try {
  const session = await api(server, 'sessions:create', { title: 'Room bench' })
  const room = await api(server, 'room:open', { sessionId: session.id, host: HOST })
  const port = Number(new URL(room.url).port)
  const acknowledged = new Set()
  const before = await cpuMs(server.pid)
  const { one, sixty, ratio } = await measure(port, room.code, acknowledged)
  const after = await cpuMs(server.pid)
  report('room_submit_p95_ms_1_client', one, 'ms')
  report('room_submit_p95_ms_60_clients', sixty, 'ms')
  report('room_submit_p95_ratio_60_vs_1', ratio, 'x (goal <= 3)')
  if (before !== null && after !== null)
    report(
      'room_server_cpu_ms_per_contribution',
      (after - before) / acknowledged.size,
      'ms (whole server process)'
    )
  const bare = await floor(dataDir)
  report('room_floor_p95_ms_1_client', bare.one, 'ms (bare node:http + fsync, same phones)')
  report('room_floor_p95_ms_60_clients', bare.sixty, 'ms')
  report('room_floor_p95_ratio_60_vs_1', bare.ratio, 'x (what this machine allows any room server)')

  const lostAfterRun = () =>
    api(server, 'room:queue', { sessionId: session.id }).then((q) => {
      const held = new Set(q.map((i) => i.id))
      return [...acknowledged].filter((id) => !held.has(id)).length
    })
  report('room_submit_lost_after_run', await lostAfterRun(), `of ${acknowledged.size}`)
  process.kill(server.pid, 'SIGKILL')
  await server.stop()
  server = await startServer(dataDir, env)
  report('room_submit_lost_after_sigkill', await lostAfterRun(), `of ${acknowledged.size}`)

  const assets = join(ROOT, 'out/room/assets')
  let gz = 0
  for (const name of await readdir(assets))
    if (name.endsWith('.js')) gz += gzipSync(await readFile(join(assets, name))).length
  report('room_page_js_kb_gzip', gz / 1024, 'kB (goal <= 60)')
} finally {
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}
