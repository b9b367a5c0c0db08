import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { startServerProcess, type ServerProcess } from './server-process'
import { ROOM_TEST_HOST } from './room-host'
import { roomRequest } from './room'

const ENV = { PASSERELLE_ROOM_TEST_ADDRESS: ROOM_TEST_HOST }

const post = async <T>(server: ServerProcess, channel: string, input: unknown) => {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
    body: JSON.stringify({ input })
  })
  return (await res.json()) as { ok: boolean; value?: T }
}

export interface RoomCrashReport {
  kills: number
  acknowledged: number
  accepted: number
  lost: string[]
  unreadableLines: number
}

/**
 * The crash harness for the room: the real server opens a room on 127.0.0.2, phones (each its
 * own loopback address) send contributions as fast as they are acknowledged while the
 * facilitator accepts some of them, and the process is SIGKILLed at a random moment, again and
 * again. Every acknowledged contribution must then be either in the queue or a note, and every
 * line of the queue file must read.
 */
export async function runRoomCrashHarness(
  dataDir: string,
  kills: number,
  random: () => number = Math.random
): Promise<RoomCrashReport> {
  const acknowledged = new Map<string, string>()
  let accepted = 0
  let server = await startServerProcess(dataDir, ['--port', '0'], ENV)
  const sessionId = (await post<{ id: string }>(server, 'sessions:create', { title: 'Room crash' })).value!.id
  for (let round = 0; round < kills; round++) {
    const current = server
    const room = (
      await post<{ url: string; code: string }>(current, 'room:open', { sessionId, host: ROOM_TEST_HOST })
    ).value!
    const port = Number(new URL(room.url).port)
    let stop = false
    let firstAck: () => void = () => undefined
    const acked = new Promise<void>((resolve) => (firstAck = resolve))
    const phone = async (lane: number) => {
      // A fresh address per round and lane: the per-phone limit (10 a minute) never hides a loss.
      const client = `127.0.${10 + (round % 200)}.${lane + 1}`
      for (let n = 0; n < 10 && !stop; n++) {
        const text = `round ${round} phone ${lane} contribution ${n} — «accès» ñ`
        try {
          const reply = await roomRequest(port, {
            path: '/room/api/submit',
            body: { code: room.code, text, kind: 'idea' },
            client
          })
          const body = reply.json()
          if (reply.status === 200 && body.ok && typeof body.id === 'string') {
            acknowledged.set(body.id, text)
            firstAck()
          }
        } catch {
          return // the process is gone
        }
      }
    }
    const moderator = async () => {
      while (!stop) {
        try {
          const queue = await post<Array<{ id: string }>>(current, 'room:queue', { sessionId })
          const first = queue.value?.[0]
          if (first && (await post(current, 'room:accept', { sessionId, itemId: first.id })).ok) accepted++
          else await new Promise((r) => setTimeout(r, 5))
        } catch {
          return
        }
      }
    }
    const lanes = [...Array.from({ length: 6 }, (_, i) => phone(i)), moderator()]
    // Killed at a random moment once the round is under way (a loaded machine is slow to start).
    await Promise.race([acked, new Promise((r) => setTimeout(r, 5000))])
    await new Promise((r) => setTimeout(r, random() * 250))
    current.child.kill('SIGKILL')
    stop = true
    await Promise.all(lanes)
    await new Promise((r) =>
      current.child.exitCode !== null || current.child.signalCode !== null
        ? r(null)
        : current.child.once('exit', r)
    )
    server = await startServerProcess(dataDir, ['--port', '0'], ENV)
  }
  const queue = new Set(
    ((await post<Array<{ id: string }>>(server, 'room:queue', { sessionId })).value ?? []).map((i) => i.id)
  )
  const notes = new Set(
    (
      (await post<{ captures: Array<{ text: string }> }>(server, 'sessions:get', { id: sessionId })).value
        ?.captures ?? []
    ).map((n) => n.text)
  )
  await server.stop()
  let unreadableLines = 0
  const roomDir = join(dataDir, 'notebook', 'room')
  for (const name of await readdir(roomDir).catch(() => [] as string[])) {
    if (!name.endsWith('.jsonl')) continue
    for (const line of (await readFile(join(roomDir, name), 'utf8')).split('\n'))
      if (line)
        try {
          JSON.parse(line)
        } catch {
          unreadableLines++
        }
  }
  return {
    kills,
    acknowledged: acknowledged.size,
    accepted,
    lost: [...acknowledged]
      .filter(([id, text]) => !queue.has(id) && !notes.has(text))
      .map(([id, text]) => `${id} (${text})`),
    unreadableLines
  }
}
