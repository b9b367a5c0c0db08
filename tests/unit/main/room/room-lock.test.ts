import { describe, expect, it } from 'vitest'
import { SCRYPT_FAST_FOR_TESTS } from '../../../../src/main/crypto/kdf'
import type { Session } from '../../../../src/shared/planning/session'
import type { RoomQueueItem, RoomStatus } from '../../../../src/shared/room/facilitator'
import { value } from '../../../support/result-value'
import { ROOM_TEST_HOST, openRoom, roomBackend, roomRequest } from '../../../support/room'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PASS = 'the tram to Échirolles at dawn'
const PHONE = '127.0.3.7'

async function protectedRoom() {
  const dir = await tempDir()
  const b = await roomBackend(dir, undefined, { kdf: SCRYPT_FAST_FOR_TESTS })
  await value(b.dispatch('notebook:protect', { passphrase: PASS }))
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Sousse, the room' }))
  const room = await openRoom(b, s.id)
  await value(b.dispatch('room:publish', { sessionId: s.id, prompt: 'Which door closed first?' }))
  const status = (code = room.code!) =>
    roomRequest(room.port, { method: 'POST', path: '/room/api/status', body: { code }, client: PHONE })
  const sent = await roomRequest(room.port, {
    method: 'POST',
    path: '/room/api/submit',
    body: { code: room.code, text: 'The clinic asked for a residence card', kind: 'barrier' },
    client: PHONE
  })
  expect(sent.status).toBe(200)
  return { b, s, room, status }
}

describe('the room and the notebook lock', () => {
  it('closes on lock and comes back after unlock at the same address, with the same code and prompt', async () => {
    const { b, s, room, status } = await protectedRoom()
    await value(b.dispatch('notebook:lock', undefined))
    await expect(status()).rejects.toMatchObject({ code: 'ECONNREFUSED' })

    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    const closed = await value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))
    expect(closed.open).toBe(false)
    expect(closed.resumable).toEqual({ host: ROOM_TEST_HOST, url: room.url })

    const back = await value<RoomStatus>(
      b.dispatch('room:open', { sessionId: s.id, host: ROOM_TEST_HOST, resume: true })
    )
    expect(back.url).toBe(room.url)
    expect(back.code).toBe(room.code)
    expect(back.resumable).toBeNull()
    // A phone still on the page, polling with the code it had, is simply in again.
    const again = await status()
    expect(again.status).toBe(200)
    expect(again.json().prompt).toBe('Which door closed first?')
    const queue = await value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
    expect(queue.map((i) => i.text)).toEqual(['The clinic asked for a residence card'])
    await b.close()
  })

  it('offers nothing back once the facilitator closed the room, and a plain open gets a new code', async () => {
    const { b, s, room } = await protectedRoom()
    await value(b.dispatch('room:close', { sessionId: s.id }))
    await value(b.dispatch('notebook:lock', undefined))
    await value(b.dispatch('notebook:unlock', { passphrase: PASS }))
    const closed = await value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))
    expect(closed.resumable).toBeNull()
    const fresh = await value<RoomStatus>(
      b.dispatch('room:open', { sessionId: s.id, host: ROOM_TEST_HOST, resume: true })
    )
    expect(fresh.open).toBe(true)
    expect(fresh.code).not.toBe(room.code)
    await b.close()
  })
})
