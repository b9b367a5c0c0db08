import { describe, expect, it, vi } from 'vitest'
import type { Note } from '../../../../src/shared/planning/capture'
import type { Session } from '../../../../src/shared/planning/session'
import type { RoomQueueItem, RoomStatus } from '../../../../src/shared/room/facilitator'
import { revised, value } from '../../../support/result-value'
import { openRoom, roomBackend, roomRequest } from '../../../support/room'
import { useTempDirs } from '../../../support/temp-dir'
import { agendaBlock } from '../../../support/agenda-block'

const tempDir = useTempDirs()

const block = (id: string) => agendaBlock(id, id, { durationMinutes: 30 })

/** A session with two blocks, run as the live screen runs it: start, then end + start on Next. */
async function runningLastBlock() {
  const b = await roomBackend(await tempDir())
  const s = await value<Session>(b.dispatch('sessions:create', { title: 'Closing the room' }))
  await value(b.dispatch('sessions:set-agenda', { id: s.id, blocks: [block('blockA01'), block('blockB01')] }))
  const mark = (blockId: string, event: 'start' | 'end') =>
    value(b.dispatch('live:mark', { sessionId: s.id, blockId, event }))
  const status = () => value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))
  const closed = () => vi.waitFor(async () => expect((await status()).open).toBe(false))
  await mark('blockA01', 'start')
  await mark('blockA01', 'end')
  await mark('blockB01', 'start')
  return { b, s, mark, status, closed }
}

const refused = (port: number) =>
  expect(roomRequest(port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' })

describe('the room and the end of live mode', () => {
  it('ending the last block closes the open room: its port refuses connections, what a phone sent stays queued', async () => {
    const { b, s, mark, status, closed } = await runningLastBlock()
    const room = await openRoom(b, s.id)
    const sent = await roomRequest(room.port, {
      path: '/room/api/submit',
      body: { code: room.code, text: 'Evening opening hours', kind: 'idea' },
      client: '127.0.1.1'
    })
    expect(sent.status).toBe(200)

    await mark('blockB01', 'end')
    await closed()
    await refused(room.port)
    expect((await status()).phones).toBe(0)
    const queue = await value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
    expect(queue.map((i) => [i.text, i.blockId])).toEqual([['Evening opening hours', 'blockB01']])
    await b.close()
  })

  it('resuming the last block leaves the room closed; opened again, it closes again at the next end', async () => {
    const { b, s, mark, status, closed } = await runningLastBlock()
    const first = await openRoom(b, s.id)
    await mark('blockB01', 'end')
    await closed()

    await mark('blockB01', 'start')
    const live = (await value<Session>(b.dispatch('sessions:get', { id: s.id }))).live
    expect(live.blocks.blockB01?.end).toBeNull()
    expect((await status()).open).toBe(false)
    await refused(first.port)

    const second = await openRoom(b, s.id)
    expect((await roomRequest(second.port, { path: '/' })).status).toBe(200)
    await mark('blockB01', 'end')
    await closed()
    await refused(second.port)
    await b.close()
  })

  it('a room opened after live mode ended stays open through later changes to the session', async () => {
    const { b, s, mark, status } = await runningLastBlock()
    await mark('blockB01', 'end')
    const room = await openRoom(b, s.id)
    await roomRequest(room.port, {
      path: '/room/api/submit',
      body: { code: room.code, text: 'One more idea after the end', kind: 'idea' },
      client: '127.0.1.2'
    })
    const [item] = await value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
    // Accepting writes a note into the session: a change the room hears of.
    await revised<Note>(b.dispatch('room:accept', { sessionId: s.id, itemId: item!.id }))
    await value(b.dispatch('sessions:update', { id: s.id, details: { objectives: 'Changed after the end' } }))
    // Whatever the room does with a change, it has done it by the time the next status answers.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await status()).open).toBe(true)
    expect((await roomRequest(room.port, { path: '/' })).status).toBe(200)
    await b.close()
  })
})
