import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { call } from '../../../src/renderer/src/api/client'
import { keys } from '../../../src/renderer/src/api/keys'
import { setLockState } from '../../../src/renderer/src/api/lock-state'
import { revisionChain } from '../../../src/renderer/src/api/revision-chain'
import { useSession } from '../../../src/renderer/src/api/sessions'
import { LockGate } from '../../../src/renderer/src/features/lock/LockGate'
import { DetailsForm } from '../../../src/renderer/src/features/sessions/DetailsForm'
import type { NotebookStatus } from '../../../src/shared/domain/app-info'
import { freshBackend, makeNote, makeSession, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

const MARKER = 'Amina-7731 told us about the housing office'
const PASSPHRASE = 'le pont des arts au matin'

const statusOf = (over: Partial<NotebookStatus> = {}): NotebookStatus => ({
  readOnly: false,
  recovered: [],
  protected: true,
  locked: false,
  idleLockMinutes: 15,
  unlockDelayMs: 0,
  ...over
})

/** A screen holding notebook data: a session's details form and one of its notes. */
function Screen() {
  const session = useSession('sessLock00001')
  if (!session.data) return <p>Loading</p>
  return (
    <>
      <p>{session.data.captures[0]?.text}</p>
      <DetailsForm session={session.data} />
    </>
  )
}

let backend: Backend
let locked: boolean
beforeEach(() => {
  setLockState({ phase: 'checking', protected: false, unsaved: 0 })
  // One page per test here, one window's chain in the app: nothing carries over.
  revisionChain.clear()
  backend = freshBackend()
  locked = false
  backend.store(makeSession({ id: 'sessLock00001', captures: [makeNote(1, MARKER)] }))
  backend.on('notebook:status', () => statusOf({ locked }))
  backend.on('notebook:lock', () => {
    locked = true
    return statusOf({ locked })
  })
  backend.on('notebook:unlock', (input) => {
    // Main reads a recovery key whatever its case.
    const key = String(input.recoveryKey ?? '').toUpperCase()
    if (input.passphrase !== PASSPHRASE && key !== 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567')
      refuse('crypto/wrong-passphrase')
    locked = false
    return statusOf({ locked })
  })
  // Main refuses notebook data while locked, as the notebook gate does.
  const get = (input: Record<string, unknown>) =>
    locked ? refuse('crypto/locked') : (backend.stored(input.id as string) ?? refuse('session/not-found'))
  backend.on('sessions:get', get)
})

const render = () =>
  renderApp(
    <main id="main" tabIndex={-1}>
      <LockGate>
        <Screen />
      </LockGate>
    </main>
  )

describe('the lock screen', () => {
  it('is all a locked notebook shows; a wrong passphrase is refused in words, the right one opens it', async () => {
    locked = true
    const { user } = render()
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    expect(document.body.textContent).not.toContain(MARKER)
    expect(backend.sent('sessions:get')).toEqual([])

    await user.type(screen.getByLabelText('Passphrase'), 'not the right one{Enter}')
    const refused = await screen.findByRole('alert')
    expect(refused.textContent).toContain('That passphrase or recovery key is not the right one.')
    // A mistyped passphrase is named for what it is, not announced as a failure of the app.
    expect(refused.textContent).toContain('Not the right key')
    expect(refused.textContent).not.toContain('Something went wrong')
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('')

    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`)
    await screen.findByText(MARKER)
    expect(backend.sent('notebook:unlock')).toEqual([
      { passphrase: 'not the right one' },
      { passphrase: PASSPHRASE }
    ])
  })

  it('asks for something to be typed before trying', async () => {
    locked = true
    const { user } = render()
    await user.click(await screen.findByRole('button', { name: 'Unlock' }))
    screen.getByText('Type it here first.')
    expect(backend.sent('notebook:unlock')).toEqual([])
  })

  it('opens with the recovery key instead', async () => {
    locked = true
    const { user } = render()
    await user.click(await screen.findByRole('button', { name: 'Use the recovery key instead' }))
    await user.type(
      screen.getByLabelText(/^Recovery key/),
      ' abcd-efgh-ijkl-mnop-qrst-uvwx-yz23-4567 {Enter}'
    )
    await screen.findByText(MARKER)
    expect(backend.sent('notebook:unlock')).toEqual([
      { recoveryKey: 'abcd-efgh-ijkl-mnop-qrst-uvwx-yz23-4567' }
    ])
  })

  it('after wrong tries, says the next one waits, and how long', async () => {
    locked = true
    backend.on('notebook:status', () => statusOf({ locked, unlockDelayMs: locked ? 8000 : 0 }))
    const { user } = render()
    await user.type(await screen.findByLabelText('Passphrase'), 'wrong again{Enter}')
    expect((await screen.findByTestId('unlock-delay')).textContent).toContain(
      'Your next try will be checked after about 8 seconds.'
    )
  })
})

describe('locking', () => {
  it('any refusal with crypto/locked sends the page to the lock screen and drops every piece of notebook data', async () => {
    const { queryClient } = render()
    await screen.findByText(MARKER)
    locked = true
    await act(() => call('sessions:get', { id: 'sessLock00001' }).catch(() => undefined))
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    expect(document.body.textContent).not.toContain(MARKER)
    expect(queryClient.getQueryData(keys.session('sessLock00001'))).toBeUndefined()
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data)
      )
    ).not.toContain('Amina')
    expect(document.title).toBe('Passerelle is locked · Passerelle')
  })

  it('main locked under a typed edit (another window): the lock screen says the edit was not kept', async () => {
    const { user } = render()
    await screen.findByText(MARKER)
    // Main refuses the save too, whether the autosave or the next read gets there first.
    backend.on('sessions:update', () => refuse('crypto/locked'))
    await user.clear(screen.getByRole('textbox', { name: /^Title/ }))
    locked = true
    await user.paste('Atelier du 18 mars')
    await act(() => call('sessions:get', { id: 'sessLock00001' }).catch(() => undefined))
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    expect(screen.getByRole('status').textContent).toContain('1 change could not be saved')
  })

  it('Ctrl+L saves what is being typed first, then locks: the edit reaches main before the key goes', async () => {
    const { user } = render()
    await screen.findByText(MARKER)
    const title = screen.getByRole('textbox', { name: /^Title/ })
    await user.clear(title)
    await user.paste('Atelier du 16 mars')
    // At once, well before the autosave's own delay.
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true })
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    const order = backend.calls
      .map((c) => c.channel)
      .filter((c) => c === 'sessions:update' || c === 'notebook:lock')
    expect(order).toEqual(['sessions:update', 'notebook:lock'])
    expect(backend.stored('sessLock00001')?.title).toBe('Atelier du 16 mars')
    expect(document.body.textContent).not.toContain('Atelier du 16 mars')
    expect(screen.queryByText(/could not be saved/)).toBeNull()
  })

  it('text that cannot be saved as it is: a manual lock asks first, and locks only if told to', async () => {
    const { user } = render()
    await screen.findByText(MARKER)
    // An empty title cannot be saved: the form holds it back.
    await user.clear(screen.getByRole('textbox', { name: /^Title/ }))
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true })
    const dialog = await screen.findByRole('dialog', { name: 'Some changes are not saved yet' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(backend.sent('notebook:lock')).toEqual([])
    screen.getByText(MARKER)

    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true })
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Some changes are not saved yet' })).getByRole(
        'button',
        {
          name: 'Lock and lose them'
        }
      )
    )
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    expect(screen.getByRole('status').textContent).toContain(
      '1 change could not be saved before Passerelle locked.'
    )
    expect(backend.sent('sessions:update')).toEqual([])
  })

  it('a save main refuses as the lock comes is told on the lock screen, not silently lost', async () => {
    backend.on('sessions:update', () => refuse('storage/write-failed'))
    const { user } = render()
    await screen.findByText(MARKER)
    await user.clear(screen.getByRole('textbox', { name: /^Title/ }))
    await user.paste('Atelier du 17 mars')
    fireEvent.keyDown(document.body, { key: 'l', metaKey: true })
    await screen.findByRole('heading', { name: 'Passerelle is locked' })
    expect(screen.getByRole('status').textContent).toContain('1 change could not be saved')
  })

  it('an unprotected notebook has no lock: Ctrl+L does nothing', async () => {
    backend.on('notebook:status', () => statusOf({ protected: false }))
    render()
    await screen.findByText(MARKER)
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true })
    await waitFor(() => expect(backend.sent('notebook:status').length).toBeGreaterThan(0))
    expect(backend.sent('notebook:lock')).toEqual([])
    screen.getByText(MARKER)
  })
})
