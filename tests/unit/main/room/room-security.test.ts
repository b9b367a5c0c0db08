import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../../src/main/backend'
import type { RoomQueueItem } from '../../../../src/shared/room/facilitator'
import type { Session } from '../../../../src/shared/planning/session'
import { ROOM_LIMITS } from '../../../../src/shared/room/constants'
import { useTempDirs } from '../../../support/temp-dir'
import { value } from '../../../support/result-value'
import { openRoom, roomBackend, roomRequest } from '../../../support/room'

const tempDir = useTempDirs()

async function setUp() {
  const dir = await tempDir()
  const b = await roomBackend(dir)
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Room' }))
  const room = await openRoom(b, s.id)
  const queue = () => value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
  return { b, s, room, queue, dir }
}

const submit = (code: string, text = 'More evening hours at the town hall') => ({
  code,
  text,
  kind: 'idea'
})

async function closeAll(b: Backend) {
  await b.close()
}

describe('the room listener', () => {
  it('serves the page and the participant calls only: the facilitator API, notebook and bundle are 404', async () => {
    const { b, room } = await setUp()
    expect((await roomRequest(room.port, { path: '/' })).status).toBe(200)
    expect((await roomRequest(room.port, { path: '/assets/a.js' })).status).toBe(200)
    for (const path of [
      '/api/sessions:list',
      '/api/app:info',
      '/api/room:queue',
      '/index.html/../x',
      '/notebook/notebook.json'
    ])
      for (const method of ['GET', 'POST']) {
        const reply = await roomRequest(room.port, {
          method,
          path,
          ...(method === 'POST' ? { body: { input: {} } } : {})
        })
        expect(reply.status, `${method} ${path}`).toBe(404)
        expect(reply.body).not.toContain('"value"')
      }
    const page = await roomRequest(room.port, { path: '/' })
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.headers['cache-control']).toBe('no-store')
    await closeAll(b)
  })

  it('refuses a wrong code (403), then rate-limits the client (429) even with the right code, storing nothing', async () => {
    const { b, room, queue } = await setUp()
    for (let i = 0; i < ROOM_LIMITS.wrongCodesPerMinute; i++) {
      const reply = await roomRequest(room.port, {
        path: '/room/api/submit',
        body: submit('ZZZZZZ'),
        client: '127.0.1.1'
      })
      expect(reply.status).toBe(403)
      expect(reply.json().error).toBe('wrong-code')
    }
    const locked = await roomRequest(room.port, {
      path: '/room/api/submit',
      body: submit(room.code!),
      client: '127.0.1.1'
    })
    expect(locked.status).toBe(429)
    // Another phone is not punished for it.
    const other = await roomRequest(room.port, {
      path: '/room/api/submit',
      body: submit(room.code!),
      client: '127.0.1.2'
    })
    expect(other.status).toBe(200)
    expect((await queue()).map((i) => i.text)).toEqual(['More evening hours at the town hall'])
    await closeAll(b)
  })

  it('refuses a bad Host (421), an oversized body (413), a non-JSON post and a foreign Origin, storing nothing', async () => {
    const { b, room, queue } = await setUp()
    const path = '/room/api/submit'
    const body = submit(room.code!)
    expect((await roomRequest(room.port, { path, body, host: `evil.example:${room.port}` })).status).toBe(421)
    expect((await roomRequest(room.port, { path, body, host: `127.0.0.1:${room.port}` })).status).toBe(421)
    expect((await roomRequest(room.port, { path: '/', host: 'localhost' })).status).toBe(421)
    const big = await roomRequest(room.port, {
      path,
      body: submit(room.code!, 'x'.repeat(ROOM_LIMITS.bodyBytes + 10))
    })
    expect(big.status).toBe(413)
    const long = await roomRequest(room.port, {
      path,
      body: submit(room.code!, 'x'.repeat(ROOM_LIMITS.text + 1))
    })
    expect(long.status).toBe(400)
    const form = await roomRequest(room.port, {
      path,
      raw: 'code=X&text=y',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    })
    expect(form.status).toBe(400)
    const foreign = await roomRequest(room.port, { path, body, headers: { Origin: 'http://evil.example' } })
    expect(foreign.status).toBe(400)
    // Bytes that are not UTF-8 are refused, not stored with U+FFFD in place of what was sent.
    const json = Buffer.from(JSON.stringify(submit(room.code!, 'caf__')))
    const bad = Buffer.concat([
      json.subarray(0, json.indexOf('__')),
      Buffer.from([0xc3, 0x28]),
      json.subarray(json.indexOf('__') + 2)
    ])
    const garbled = await roomRequest(room.port, {
      path,
      raw: bad,
      headers: { 'Content-Type': 'application/json' }
    })
    expect(garbled.status).toBe(400)
    expect(await queue()).toEqual([])
    await closeAll(b)
  })

  it('takes 10 contributions a minute from one phone and refuses the 11th with 429', async () => {
    const { b, room, queue } = await setUp()
    const statuses: number[] = []
    for (let i = 0; i < ROOM_LIMITS.submitsPerMinute + 3; i++)
      statuses.push(
        (
          await roomRequest(room.port, {
            path: '/room/api/submit',
            body: submit(room.code!, `idea ${i}`),
            client: '127.0.1.9'
          })
        ).status
      )
    expect(statuses.filter((s) => s === 200)).toHaveLength(ROOM_LIMITS.submitsPerMinute)
    expect(statuses.slice(ROOM_LIMITS.submitsPerMinute)).toEqual([429, 429, 429])
    expect(await queue()).toHaveLength(ROOM_LIMITS.submitsPerMinute)
    await closeAll(b)
  })

  it('stops at once on room:close: the port refuses connections', async () => {
    const { b, s, room } = await setUp()
    await value(b.dispatch('room:close', { sessionId: s.id }))
    await expect(roomRequest(room.port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await closeAll(b)
  })

  it('refuses an address that is not one of the room interfaces', async () => {
    const dir = await tempDir()
    const b = await roomBackend(dir)
    const s = await value<Session>(b.dispatch('sessions:create', { title: 'Room' }))
    const result = await b.dispatch('room:open', { sessionId: s.id, host: '127.0.0.1' })
    expect(result).toMatchObject({ ok: false, error: { code: 'room/unavailable-address' } })
    await closeAll(b)
  })
})
