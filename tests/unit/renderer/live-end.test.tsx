import { act, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import { Route, Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LiveMode } from '../../../src/renderer/src/features/capture/LiveMode'
import { switchLanguage } from '../../../src/renderer/src/i18n'
import type { LiveState } from '../../../src/shared/planning/capture'
import type { AgendaBlock, Session } from '../../../src/shared/planning/session'
import type { RoomStatus } from '../../../src/shared/room/facilitator'
import { freshBackend, makeSession, roomStatus, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'
import { agendaBlock } from '../../support/agenda-block'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

const block = (id: string, title: string): AgendaBlock => agendaBlock(id, title)

const ID = 'sessLiveEnd1'
/** 10:19 in Paris, where the session runs: the time the facilitator reads on the ended screen. */
const END_STAMP = '2026-03-16T09:19:00.000Z'

/** The second and last block is running. */
const running = (): Session =>
  makeSession({
    id: ID,
    blocks: [block('blockOne01', 'Opening round'), block('blockTwo01', 'Closing circle')],
    live: {
      startedAt: '2026-03-16T08:40:00.000Z',
      blocks: {
        blockOne01: { start: '2026-03-16T08:40:00.000Z', end: '2026-03-16T09:00:00.000Z' },
        blockTwo01: { start: '2026-03-16T09:00:00.000Z', end: null }
      }
    }
  })

/** The same session once live mode has ended: its last block marked ended at END_STAMP. */
const ended = (): Session => {
  const s = running()
  return {
    ...s,
    live: {
      ...s.live,
      blocks: { ...s.live.blocks, blockTwo01: { start: '2026-03-16T09:00:00.000Z', end: END_STAMP } }
    }
  }
}

const closedRoom = (): RoomStatus => roomStatus()

const openRoom = (): RoomStatus => ({
  ...closedRoom(),
  open: true,
  sessionId: ID,
  url: 'http://127.0.0.2:40123/',
  code: 'K7QW2M',
  qr: ['101', '010', '101'],
  openedAt: '2026-03-16T08:45:00.000Z',
  closesAt: '2026-03-16T16:45:00.000Z',
  phones: 2
})

let backend: Backend
let room: RoomStatus

/** As main does: `mark` stamps the block, a 'start' on an ended block runs it again; the room closes when live mode ends. */
function answer(b: Backend) {
  b.on('live:mark', (i) => {
    const s = b.stored(ID)!
    const live: LiveState = structuredClone(s.live)
    const id = i.blockId as string
    const entry = live.blocks[id]
    if (i.event === 'start') live.blocks[id] = { start: entry?.start ?? END_STAMP, end: null }
    else live.blocks[id] = { start: entry?.start ?? END_STAMP, end: END_STAMP }
    const endsLive = id === 'blockTwo01' && i.event === 'end'
    if (endsLive) room = closedRoom()
    const saved = b.changeElsewhere(ID, { live })
    return { value: live, revision: saved.revision }
  })
  b.on('room:status', () => room)
  b.on('projector:state', () => ({ settings: { blank: false, languages: ['en'] }, screen: null }))
}

function renderLive() {
  const { hook } = memoryLocation({ path: `/sessions/${ID}/live` })
  return renderApp(
    <Router hook={hook}>
      <Route path="/sessions/:id/live">
        <LiveMode />
      </Route>
    </Router>
  )
}

beforeEach(() => {
  backend = freshBackend()
  room = closedRoom()
  answer(backend)
  backend.store(running())
})

afterEach(async () => {
  await act(() => switchLanguage('en'))
})

const marks = () => backend.sent('live:mark').map((m) => [m.blockId, m.event])

describe('ending live mode', () => {
  it('on the last block, "End the session" replaces Next; with no room open it ends at once', async () => {
    const { user } = renderLive()
    await screen.findByTestId('live-clock')
    expect(screen.queryByRole('button', { name: 'Next block' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'End the session' }))

    const heading = await screen.findByRole('heading', { name: 'Live mode ended at 10:19' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(marks()).toEqual([['blockTwo01', 'end']])
    // The clock is gone, the screen says where things stand and where to go next.
    expect(screen.queryByTestId('live-clock')).toBeNull()
    const ended = within(screen.getByTestId('live-ended'))
    expect(ended.getByText('Closing circle')).toBeTruthy()
    expect(ended.getByRole('link', { name: 'Go to synthesis' }).getAttribute('href')).toBe(
      `/sessions/${ID}/synthesis`
    )
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(screen.queryByRole('button', { name: 'End the session' })).toBeNull()
  })

  it('asks first when the room is open (keyboard only), then ends and the room banner goes', async () => {
    room = openRoom()
    const { user, container } = renderLive()
    expect(await screen.findByTestId('room-banner')).toBeTruthy()
    const end = screen.getByRole('button', { name: 'End the session' })

    // Escape keeps live mode running.
    end.focus()
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: 'End the session?' })
    expect(within(dialog).getByText(/closes the room at once/)).toBeTruthy()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(marks()).toEqual([])
    expect(screen.getByTestId('room-banner')).toBeTruthy()

    // Enter confirms: the named confirm button has the focus.
    screen.getByRole('button', { name: 'End the session' }).focus()
    await user.keyboard('{Enter}')
    const again = await screen.findByRole('dialog', { name: 'End the session?' })
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(again).getByRole('button', { name: 'End and close the room' })
      )
    )
    await user.keyboard('{Enter}')
    await screen.findByRole('heading', { name: 'Live mode ended at 10:19' })
    expect(marks()).toEqual([['blockTwo01', 'end']])
    // Main is asked again at once rather than at the next poll.
    await waitFor(() => expect(screen.queryByTestId('room-banner')).toBeNull())
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => v.id)).toEqual([])
  })

  it('Resume runs the last block again; the room it closed stays closed', async () => {
    backend.store(ended())
    const { user } = renderLive()
    await screen.findByRole('heading', { name: 'Live mode ended at 10:19' })
    expect(screen.getByText(/Ended by mistake\?/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Resume the last block' }))
    expect(await screen.findByTestId('live-clock')).toBeTruthy()
    expect(screen.getByTestId('live-block').textContent).toBe('Closing circle')
    expect(marks()).toEqual([['blockTwo01', 'start']])
    expect(backend.stored(ID)?.live.blocks.blockTwo01).toEqual({
      start: '2026-03-16T09:00:00.000Z',
      end: null
    })
    expect(screen.getByRole('button', { name: 'End the session' })).toBeTruthy()
    expect(screen.queryByTestId('room-banner')).toBeNull()
    expect(backend.sent('room:open')).toEqual([])
  })

  it('Previous from the ended screen starts the block before without touching the ended one', async () => {
    backend.store(ended())
    const { user } = renderLive()
    await screen.findByRole('heading', { name: 'Live mode ended at 10:19' })
    await user.click(screen.getByRole('button', { name: 'Previous block' }))
    await waitFor(() => expect(screen.getByTestId('live-block').textContent).toBe('Opening round'))
    expect(marks()).toEqual([['blockOne01', 'start']])
  })

  it('the clock of an ended block stops where it ended', async () => {
    // Block one ended, none running: not the end of live mode (block two never ran).
    backend.store({
      ...running(),
      live: {
        startedAt: '2026-03-16T08:40:00.000Z',
        blocks: { blockOne01: { start: '2026-03-16T08:40:00.000Z', end: '2026-03-16T08:45:30.000Z' } }
      }
    })
    renderLive()
    const clock = await screen.findByTestId('live-clock')
    expect(screen.queryByTestId('live-ended')).toBeNull()
    expect(clock.textContent).toContain('14:30')
  })

  it('speaks Arabic: the ended screen and the buttons', async () => {
    await act(() => switchLanguage('ar'))
    const { user } = renderLive()
    await user.click(await screen.findByRole('button', { name: 'إنهاء الجلسة' }))
    const heading = await screen.findByRole('heading', { name: /انتهى التشغيل المباشر عند الساعة/ })
    expect(heading.textContent).toContain('10:19')
    expect(screen.getByRole('link', { name: 'الانتقال إلى التجميع' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'استئناف الفقرة الأخيرة' })).toBeTruthy()
  })
})
