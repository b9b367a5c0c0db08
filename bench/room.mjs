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
import { Agent, request } from 'node:http'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT, percentile, report, startServer } from './lib.mjs'

const HOST = '127.0.0.2'
const PER_PHONE = 10

/** One call from a phone; `phone.cookie` is kept and sent back, as a browser does with the room's cookie. */
function submit(port, code, text, phone, path = '/room/api/submit') {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(path.endsWith('/submit') ? { code, text, kind: 'idea' } : { code })
    const started = performance.now()
    const req = request(
      {
        host: HOST,
        port,
        method: 'POST',
        path,
        localAddress: phone.client,
        agent: phone.agent,
        headers: {
          Host: `${HOST}:${port}`,
          'Content-Type': 'application/json',
          ...(phone.cookie ? { Cookie: phone.cookie } : {})
        }
      },
      (res) => {
        const set = res.headers['set-cookie']?.[0]
        if (set) phone.cookie = set.split(';')[0]
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => {
          const reply = JSON.parse(text)
          if (res.statusCode !== 200 || !reply.ok) return reject(new Error(`${res.statusCode} ${text}`))
          if (!path.endsWith('/submit')) return resolve({ id: null, ms: performance.now() - started })
          resolve({ id: reply.id, ms: performance.now() - started })
        })
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function api(server, channel, input) {
  const { origin, searchParams } = new URL(server.url)
  const res = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelle-token': searchParams.get('token') },
    body: JSON.stringify({ input })
  })
  const reply = await res.json()
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`)
  return reply.value
}

/** `phones` phones at once, each sending its contributions one after the other. */
async function burst(port, code, phones, subnet, acknowledged) {
  const latencies = []
  await Promise.all(
    Array.from({ length: phones }, async (_, p) => {
      const client = `127.0.${subnet}.${p + 1}`
      // A phone keeps its connection to the room open between contributions, as browsers do.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: client })
      const phone = { client, agent, cookie: null }
      // The page asks for the room's state as it opens (not timed): the phone is connected, as
      // a real one is, and holds its room cookie before anyone types a contribution.
      await submit(port, code, '', phone, '/room/api/status')
      for (let n = 0; n < PER_PHONE; n++) {
        const { id, ms } = await submit(port, code, `phone ${subnet}.${p} contribution ${n}`, phone)
        acknowledged.add(id)
        latencies.push(ms)
      }
      agent.destroy()
    })
  )
  return latencies
}

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
