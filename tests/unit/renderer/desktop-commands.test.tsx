import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import type { DesktopCommand } from '../../../src/shared/desktop/commands'
import { DesktopCommands } from '../../../src/renderer/src/features/import/DesktopCommands'
import { freshBackend, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

let backend: Backend
/** What the screen asked main, in order. */
const sent = () => backend.calls

let deliver: ((command: DesktopCommand) => void) | null = null
let subscriptions = 0

beforeEach(() => {
  backend = freshBackend()
  backend.on('sessions:import-preview', () => ({
    id: 's1',
    title: 'Atelier Grenoble–Sousse',
    date: '2026-03-16',
    schemaVersion: 4,
    counts: { blocks: 3, personas: 0, notes: 12, journeys: 0, clusters: 2, actions: 1 },
    exists: false
  }))
  backend.on('content:preview', () => ({
    id: 'pack',
    version: '1.0.0',
    title: { en: 'A pack', es: 'Un paquete', fr: 'Un paquet' },
    counts: { concept: 2 },
    alreadyInstalled: false
  }))
  window.passerelleDesktop = {
    onCommand(listener) {
      subscriptions++
      deliver = listener
      return () => {
        subscriptions--
        deliver = null
      }
    }
  }
})

afterEach(() => {
  delete window.passerelleDesktop
  deliver = null
})

function renderCommands(onAbout = vi.fn()) {
  const { hook } = memoryLocation({ path: '/library' })
  const result = renderApp(
    <Router hook={hook}>
      <DesktopCommands onAbout={onAbout} />
    </Router>
  )
  return { ...result, onAbout }
}

function drop(files: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } })
  act(() => {
    window.dispatchEvent(event)
  })
  return event
}

describe('desktop commands and dropped files reach the app’s own dialogs', () => {
  it('subscribes once, and stops listening when it goes', () => {
    const { unmount } = renderCommands()
    expect(subscriptions).toBe(1)
    unmount()
    expect(subscriptions).toBe(0)
  })

  it('a session file opened from outside shows the import preview of its text', async () => {
    renderCommands()
    act(() => deliver!({ type: 'import', kind: 'session', content: '{"from":"double-click"}' }))
    expect(await screen.findByText('Atelier Grenoble–Sousse')).toBeTruthy()
    expect(sent()).toContainEqual({
      channel: 'sessions:import-preview',
      input: { content: '{"from":"double-click"}' }
    })
  })

  it('a refusal from main is shown in the dialog for that kind of file, in plain words', async () => {
    renderCommands()
    act(() =>
      deliver!({ type: 'import-refused', kind: 'pack', error: { code: 'import/too-large', message: 'x' } })
    )
    const dialog = await screen.findByTestId('import-dialog')
    expect(dialog.textContent).toContain('too large to be a content pack')
    expect(sent()).toEqual([])
  })

  it('About opens the About panel', () => {
    const { onAbout } = renderCommands()
    act(() => deliver!({ type: 'about' }))
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('a content pack dropped on the window opens the pack preview; text drags are left alone', async () => {
    renderCommands()
    const pack = new File(['{"format":"passerelle.content-pack","id":"pack"}'], 'pack.json')
    expect(drop([pack]).defaultPrevented).toBe(true)
    expect(await screen.findByText(/A pack/)).toBeTruthy()
    await waitFor(() => expect(sent().map((s) => s.channel)).toEqual(['content:preview']))
    const text = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'], files: [] } })
    window.dispatchEvent(text)
    expect(text.defaultPrevented).toBe(false)
  })

  it('a dropped file that is not ours is refused unread', async () => {
    renderCommands()
    drop([new File(['\u0089PNG'], 'photo.png')])
    const dialog = await screen.findByTestId('import-session-dialog')
    expect(dialog.textContent).toContain('not a Passerelle session')
    expect(sent()).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  })
})
