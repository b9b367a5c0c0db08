import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RoomBanner } from '../../../src/renderer/src/features/room/RoomBanner'
import { RoomPanel } from '../../../src/renderer/src/features/room/RoomPanel'
import { RoomQueue } from '../../../src/renderer/src/features/room/RoomQueue'
import type { RoomQueueItem, RoomStatus } from '../../../src/shared/room/facilitator'
import { freshBackend, makeSession, roomStatus, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'
import { ROOM_LIMITS } from '../../../src/shared/room/constants'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

const session = makeSession({ id: 'sessRoom0001' })

const openStatus = (over: Partial<RoomStatus> = {}): RoomStatus =>
  roomStatus({
    open: true,
    sessionId: session.id,
    url: 'http://127.0.0.2:40123/',
    code: 'K7QW2M',
    qr: ['101', '010', '101'],
    openedAt: '2026-03-16T09:00:00.000Z',
    closesAt: '2026-03-16T17:00:00.000Z',
    phones: 2,
    queued: 1,
    ...over
  })

const item: RoomQueueItem = {
  id: 'roomItem0001',
  text: '<b>Not bold</b> evening hours',
  kind: 'barrier',
  pseudonym: null,
  blockId: null,
  receivedAt: '2026-03-16T09:12:00.000Z',
  elapsedSeconds: 720
}

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  backend.store(session)
})

describe('the room in live mode', () => {
  it('is closed until opened: the dialog warns about unencrypted traffic and opens on the chosen network', async () => {
    backend.on('room:interfaces', () => [
      { name: 'wlan0', address: '192.0.2.10', family: 'IPv4' },
      { name: 'hotspot', address: '198.51.100.1', family: 'IPv4' }
    ])
    backend.on('room:open', () => openStatus())
    const { user } = renderApp(<RoomPanel session={session} blockTitle={null} />)
    await user.click(await screen.findByRole('button', { name: 'Open the room…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Open the room' })
    expect(within(dialog).getByText('Local network traffic is not encrypted')).toBeTruthy()
    await user.click(await within(dialog).findByRole('radio', { name: 'hotspot · 198.51.100.1' }))
    await user.click(within(dialog).getByRole('button', { name: 'Open the room' }))
    await waitFor(() =>
      expect(backend.sent('room:open')).toEqual([{ sessionId: session.id, host: '198.51.100.1', dots: 3 }])
    )
    expect(await screen.findByTestId('room-code')).toHaveProperty('textContent', 'K7QW2M')
    expect(screen.getByTestId('room-address').textContent).toBe('127.0.0.2:40123')
    expect(screen.getByRole('img', { name: 'QR code to join the room at 127.0.0.2:40123' })).toBeTruthy()
  })

  it('after a lock closed the room, offers it back at the same address with the same code', async () => {
    const closed = {
      ...openStatus(),
      open: false,
      url: null,
      code: null,
      qr: null,
      resumable: { host: '127.0.0.2', url: 'http://127.0.0.2:40123/' }
    }
    backend.on('room:status', () => closed)
    backend.on('room:open', () => openStatus())
    const { user } = renderApp(<RoomPanel session={session} blockTitle={null} />)
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('The room closed when Passerelle locked')
    expect(notice.textContent).toContain('127.0.0.2:40123')
    // A fresh room stays on offer too, for a facilitator who wants a new code.
    expect(screen.getByRole('button', { name: 'Open the room…' })).toBeTruthy()
    await user.click(within(notice).getByRole('button', { name: 'Reopen the room' }))
    await waitFor(() =>
      expect(backend.sent('room:open')).toEqual([{ sessionId: session.id, host: '127.0.0.2', resume: true }])
    )
    expect(await screen.findByTestId('room-code')).toHaveProperty('textContent', 'K7QW2M')
  })

  it('says how many phones are connected and closes the room', async () => {
    backend.on('room:status', () => openStatus())
    backend.on('room:close', () => ({ ...openStatus(), open: false, url: null, code: null, qr: null }))
    const { user } = renderApp(<RoomBanner sessionId={session.id} />)
    expect((await screen.findByTestId('room-banner')).textContent).toBe('Room open · 2 phones connected')
    await user.click(screen.getByRole('button', { name: 'Close the room' }))
    await waitFor(() => expect(screen.queryByTestId('room-banner')).toBeNull())
    expect(backend.sent('room:close')).toEqual([{ sessionId: session.id }])
  })

  it('lists contributions as text, anonymous, and accepts or discards them', async () => {
    let queue = [
      item,
      { ...item, id: 'roomItem0002', text: 'Signed one', pseudonym: 'Amal', kind: 'idea' as const }
    ]
    backend.on('room:queue', () => queue)
    backend.on('room:accept', (i) => {
      queue = queue.filter((q) => q.id !== i.itemId)
      return { value: { id: 'noteFromRoom1' }, revision: 4 }
    })
    backend.on('room:discard', (i) => {
      queue = queue.filter((q) => q.id !== i.itemId)
      return null
    })
    const { user } = renderApp(<RoomQueue session={session} open />)
    const first = (await screen.findAllByTestId('room-item'))[0]!
    expect(within(first).getByText('<b>Not bold</b> evening hours')).toBeTruthy()
    expect(first.querySelector('b')).toBeNull()
    expect(within(first).getByText('Anonymous')).toBeTruthy()
    expect(screen.getByText('Signed “Amal”')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Discard “<b>Not bold</b> evening hours”' }))
    await user.click(screen.getByRole('button', { name: 'Accept “Signed one”' }))
    await waitFor(() => expect(screen.queryAllByTestId('room-item')).toHaveLength(0))
    expect(backend.sent('room:discard')).toEqual([{ sessionId: session.id, itemId: 'roomItem0001' }])
    expect(backend.sent('room:accept')).toEqual([{ sessionId: session.id, itemId: 'roomItem0002' }])
    expect(screen.getByText('Nothing from the room yet.')).toBeTruthy()
  })

  it('draws only what is in view of a full queue, and says how many wait', async () => {
    const full = Array.from({ length: ROOM_LIMITS.queue }, (_, i) => ({
      ...item,
      id: `roomItem${String(i).padStart(4, '0')}`,
      text: `Contribution ${i}`
    }))
    backend.on('room:queue', () => full)
    renderApp(<RoomQueue session={session} open />)
    const drawn = await screen.findAllByTestId('room-item')
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(40)
    expect(drawn[0]!.getAttribute('aria-setsize')).toBe(String(ROOM_LIMITS.queue))
    expect(within(drawn[0]!).getByText('Contribution 0')).toBeTruthy()
  })
})
