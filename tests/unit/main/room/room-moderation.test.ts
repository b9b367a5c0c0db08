import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { RoomQueueItem, RoomStatus } from '../../../../src/shared/room/facilitator'
import type { Note } from '../../../../src/shared/planning/capture'
import type { Session } from '../../../../src/shared/planning/session'
import { useTempDirs } from '../../../support/temp-dir'
import { revised, value } from '../../../support/result-value'
import { PAYLOADS } from '../../../support/xss-payloads'
import { openRoom, roomBackend, roomRequest } from '../../../support/room'
import { agendaBlock } from '../../../support/agenda-block'

const tempDir = useTempDirs()

async function filesUnder(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) out.push(await readFile(join(entry.parentPath, entry.name)))
  return out
}

async function setUp(consent?: Partial<Session['consent']>) {
  const dir = await tempDir()
  const b = await roomBackend(dir)
  let s = await value<Session>(b.dispatch('sessions:create', { title: 'Room' }))
  if (consent)
    s = await value<Session>(
      b.dispatch('sessions:update', { id: s.id, details: { consent: { ...s.consent, ...consent } } })
    )
  const room = await openRoom(b, s.id)
  const send = (body: Record<string, unknown>, client = '127.0.1.1') =>
    roomRequest(room.port, { path: '/room/api/submit', body: { code: room.code, ...body }, client })
  const queue = () => value<RoomQueueItem[]>(b.dispatch('room:queue', { sessionId: s.id }))
  return { b, s, room, send, queue, dir }
}

describe('moderating the room', () => {
  it('accepts as notes: anonymous by default, with the pseudonym only where the session allows attribution', async () => {
    const strict = await setUp()
    await strict.send({ text: 'Childcare during meetings', kind: 'enabler', pseudonym: 'Amal' })
    const [item] = await strict.queue()
    expect(item).toMatchObject({ kind: 'enabler', pseudonym: 'Amal', blockId: null })
    const note = await revised<Note>(
      strict.b.dispatch('room:accept', { sessionId: strict.s.id, itemId: item!.id })
    )
    expect(note).toMatchObject({
      type: 'enabler',
      consent: 'anonymous',
      speaker: null,
      text: 'Childcare during meetings'
    })
    expect(await strict.queue()).toEqual([])
    await strict.b.close()

    const open = await setUp({ chathamHouse: false, attributableQuotes: true })
    await open.send({ text: 'Why so many forms?', kind: 'question', pseudonym: 'Amal' })
    await open.send({ text: 'No name here', kind: 'barrier' }, '127.0.1.2')
    const [named, anonymous] = await open.queue()
    const a = await revised<Note>(open.b.dispatch('room:accept', { sessionId: open.s.id, itemId: named!.id }))
    const c = await revised<Note>(
      open.b.dispatch('room:accept', { sessionId: open.s.id, itemId: anonymous!.id })
    )
    expect(a).toMatchObject({ type: 'question', consent: 'shareable', speaker: 'Amal' })
    expect(c).toMatchObject({ type: 'barrier', consent: 'anonymous', speaker: null })
    await open.b.close()
  })

  it('erases a discarded text from every file of the data folder', async () => {
    const { b, s, send, queue, dir } = await setUp()
    const secret = 'Discard me: the address of the shelter on Rue Verte'
    await send({ text: secret, kind: 'idea' })
    await send({ text: 'Keep this one', kind: 'idea' }, '127.0.1.2')
    const found = async () =>
      (await filesUnder(dir)).some((bytes) => bytes.includes(Buffer.from('shelter on Rue Verte')))
    expect(await found()).toBe(true)
    const item = (await queue()).find((i) => i.text === secret)!
    await value(b.dispatch('room:discard', { sessionId: s.id, itemId: item.id }))
    expect(await found()).toBe(false)
    expect((await queue()).map((i) => i.text)).toEqual(['Keep this one'])
    await b.close()
    expect(await found()).toBe(false)
  })

  it('erasing the session closes its room and removes what still waits in its queue', async () => {
    const { b, s, send, room, dir } = await setUp()
    await send({ text: 'Waiting when the session is erased: Rue Verte', kind: 'idea' })
    await value(b.dispatch('sessions:erase', { id: s.id }))
    await expect(roomRequest(room.port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    expect((await filesUnder(dir)).some((bytes) => bytes.includes(Buffer.from('Rue Verte')))).toBe(false)
    await b.close()
  })

  it('closes by itself when the session’s last block ends, and after 8 hours', async () => {
    const { b, s, room } = await setUp()
    const blocks = ['blockA01', 'blockB01'].map((id) => agendaBlock(id, id, { durationMinutes: 30 }))
    await value(b.dispatch('sessions:set-agenda', { id: s.id, blocks }))
    await value(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blockA01', event: 'start' }))
    await value(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blockA01', event: 'end' }))
    expect((await value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))).open).toBe(true)
    await value(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blockB01', event: 'start' }))
    await value(b.dispatch('live:mark', { sessionId: s.id, blockId: 'blockB01', event: 'end' }))
    await vi.waitFor(async () =>
      expect((await value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))).open).toBe(false)
    )
    await expect(roomRequest(room.port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' })

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const again = await openRoom(b, s.id)
      vi.advanceTimersByTime(8 * 60 * 60 * 1000 - 1000)
      expect((await roomRequest(again.port, { path: '/' })).status).toBe(200)
      vi.advanceTimersByTime(2000)
    } finally {
      vi.useRealTimers()
    }
    await vi.waitFor(async () =>
      expect((await value<RoomStatus>(b.dispatch('room:status', { sessionId: s.id }))).open).toBe(false)
    )
    await b.close()
  })

  it('erasing a pseudonym everywhere also covers contributions still waiting in the queue', async () => {
    const { b, send, queue } = await setUp()
    await send({ text: 'Ask Amal Haddad about the forms', kind: 'idea', pseudonym: 'Amal Haddad' })
    await send({ text: 'Nothing to erase here', kind: 'idea' }, '127.0.1.2')
    const counted = await value<{ speakers: number; mentions: number }>(
      b.dispatch('erase:pseudonym', { name: 'amal haddad', dryRun: true })
    )
    expect(counted).toMatchObject({ speakers: 1, mentions: 1 })
    expect((await queue())[0]!.pseudonym).toBe('Amal Haddad')
    await value(b.dispatch('erase:pseudonym', { name: 'amal haddad', dryRun: false }))
    const [first, second] = await queue()
    expect(first!.pseudonym).toBeNull()
    expect(first!.text).not.toMatch(/Amal/)
    expect(second!.text).toBe('Nothing to erase here')
    await b.close()
  })

  it('keeps markup as plain text through the queue and into notes', async () => {
    const { b, s, send, queue } = await setUp()
    for (const [i, payload] of PAYLOADS.entries()) {
      const reply = await send(
        { text: payload, kind: 'idea', pseudonym: payload.slice(0, 40) },
        `127.0.2.${i + 1}`
      )
      expect(reply.status, payload).toBe(200)
      expect(reply.headers['content-type']).toContain('application/json')
    }
    const items = await queue()
    expect(items.map((i) => i.text)).toEqual(PAYLOADS)
    const note = await revised<Note>(b.dispatch('room:accept', { sessionId: s.id, itemId: items[0]!.id }))
    expect(note.text).toBe(PAYLOADS[0])
    await b.close()
  })

  it('keeps an acknowledged contribution across a restart', async () => {
    const { b, send, s, dir } = await setUp()
    const reply = await send({ text: 'Acknowledged before the crash', kind: 'idea' })
    expect(reply.json().ok).toBe(true)
    await b.close()
    const again = await roomBackend(dir)
    const items = await value<RoomQueueItem[]>(again.dispatch('room:queue', { sessionId: s.id }))
    expect(items.map((i) => i.id)).toEqual([reply.json().id])
    await again.close()
  })

  it('publishes clusters to vote on and adds the phones’ dots to the synthesis counts', async () => {
    const { b, s, room } = await setUp()
    const cluster = await revised<{ id: string }>(
      b.dispatch('synthesis:add-cluster', { sessionId: s.id, name: 'Trust' })
    )
    const other = await revised<{ id: string }>(
      b.dispatch('synthesis:add-cluster', { sessionId: s.id, name: 'Time' })
    )
    const vote = (votes: Record<string, number>, client: string) =>
      roomRequest(room.port, { path: '/room/api/vote', body: { code: room.code, votes }, client })
    expect((await vote({ [cluster.id]: 1 }, '127.0.1.1')).json().error).toBe('no-voting')
    const published = await value<RoomStatus>(
      b.dispatch('room:publish', {
        sessionId: s.id,
        prompt: 'What builds trust?',
        clusterIds: [cluster.id, other.id],
        dots: 3
      })
    )
    expect(published.published.clusters.map((c) => c.name)).toEqual(['Trust', 'Time'])
    const view = await roomRequest(room.port, { path: '/room/api/status', body: { code: room.code } })
    expect(view.json()).toMatchObject({ prompt: 'What builds trust?', dots: 3 })
    expect(view.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict$/)
    expect((await vote({ [cluster.id]: 2, [other.id]: 1 }, '127.0.1.1')).status).toBe(200)
    expect((await vote({ [cluster.id]: 4 }, '127.0.1.2')).json().error).toBe('too-many-dots')
    expect((await vote({ [cluster.id]: 3 }, '127.0.1.2')).status).toBe(200)
    await b.dispatch('room:close', { sessionId: s.id })
    const after = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(after.synthesis.clusters.map((c) => [c.name, c.votes])).toEqual([
      ['Trust', 5],
      ['Time', 1]
    ])
    await b.close()
  })
})
