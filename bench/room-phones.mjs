// The room benches' phones: distinct loopback addresses (127.0.x.y) sending to a room on
// 127.0.0.2, each with a keep-alive connection and its room cookie, as a browser keeps them; and
// the facilitator's API of the browser-mode server.
import { Agent, request } from 'node:http'

export const HOST = '127.0.0.2'
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

export async function api(server, channel, input) {
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

/** `phones` phones at once, each sending `perPhone` contributions one after the other. */
export async function burst(port, code, phones, subnet, acknowledged, perPhone = PER_PHONE) {
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
      for (let n = 0; n < perPhone; n++) {
        const { id, ms } = await submit(port, code, `phone ${subnet}.${p} contribution ${n}`, phone)
        acknowledged.add(id)
        latencies.push(ms)
      }
      agent.destroy()
    })
  )
  return latencies
}
