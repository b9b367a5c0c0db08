import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { keys } from '../../../src/renderer/src/api/keys'
import { useSession } from '../../../src/renderer/src/api/sessions'
import { DetailsForm } from '../../../src/renderer/src/features/sessions/DetailsForm'
import { freshBackend, makeSession, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

/** As SessionEditor does: the form gets the cached session, so saves and refetches reach it. */
function Details({ id }: { id: string }) {
  const session = useSession(id)
  return session.data ? <DetailsForm session={session.data} /> : <p>Loading</p>
}

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
})

const SAVED = 'All changes saved on this computer.'
const titleField = () => screen.getByRole<HTMLInputElement>('textbox', { name: /^Title/ })
const status = () => screen.getByTestId('details-status').textContent
const titlesSent = () =>
  backend.sent('sessions:update').map((i) => (i.details as { title?: string } | undefined)?.title)
const revisionsSent = () => backend.sent('sessions:update').map((i) => i.expectedRevision)

async function open(id: string, revision = 7, title = 'Atelier Grenoble') {
  backend.store(makeSession({ id, revision, title }))
  const view = renderApp(<Details id={id} />)
  await screen.findByDisplayValue(title)
  /** Replace the title in one paste: one change, so one autosave. */
  const retitle = async (text: string) => {
    await view.user.clear(titleField())
    await view.user.paste(text)
  }
  return { ...view, retitle }
}

describe('DetailsForm', () => {
  it('saves a typed title by itself, based on the revision on screen, and says so', async () => {
    const { retitle } = await open('sessDetails01')
    expect(status()).toBe(SAVED)
    await retitle('Café des villes')
    expect(status()).toBe('Saving…')
    await waitFor(() => expect(backend.stored('sessDetails01')?.title).toBe('Café des villes'))
    await waitFor(() => expect(status()).toBe(SAVED))
    expect(backend.sent('sessions:update')).toEqual([
      expect.objectContaining({
        id: 'sessDetails01',
        expectedRevision: 7,
        details: expect.objectContaining({ title: 'Café des villes', place: 'Maison des habitants' })
      })
    ])
    expect(titleField().value).toBe('Café des villes')
  })

  it('Enter saves at once', async () => {
    const { user, retitle } = await open('sessDetails02')
    await retitle('Café des villes')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(titlesSent()).toEqual(['Café des villes']), { timeout: 300 })
  })

  it('after a change elsewhere, shows the current version and offers the typed title back', async () => {
    const { user, retitle } = await open('sessDetails03')
    backend.changeElsewhere('sessDetails03', { title: 'Their title' })
    await retitle('My title')

    const notice = await screen.findByRole('alert', { name: /Changed elsewhere/ })
    expect(titleField().value).toBe('Their title')
    expect(notice.textContent).toContain('My title')
    expect(backend.stored('sessDetails03')?.title).toBe('Their title')

    await user.click(screen.getByRole('button', { name: 'Re-apply my edits' }))
    expect(titleField().value).toBe('My title')
    expect(screen.queryByRole('alert', { name: /Changed elsewhere/ })).toBeNull()
    // The re-applied edits are saved on top of the current version, not refused again.
    await waitFor(() => expect(backend.stored('sessDetails03')?.title).toBe('My title'))
    expect(revisionsSent()).toEqual([7, 8])
    await waitFor(() => expect(status()).toBe(SAVED))
  })

  it('discarding the kept edits leaves the current version, and saves nothing', async () => {
    const { user, retitle } = await open('sessDetails04')
    backend.changeElsewhere('sessDetails04', { title: 'Their title' })
    await retitle('My title')
    await screen.findByRole('alert', { name: /Changed elsewhere/ })
    await user.click(screen.getByRole('button', { name: 'Discard my edits' }))
    expect(titleField().value).toBe('Their title')
    expect(screen.queryByRole('alert', { name: /Changed elsewhere/ })).toBeNull()
    expect(status()).toBe(SAVED)
    expect(revisionsSent()).toEqual([7])
  })

  it('shows a duplicate’s own title, and edits to it go to the copy, never renaming it back', async () => {
    const { user, queryClient, rerender } = await open('sessOriginal1', 4, 'Atelier Grenoble')
    // What Duplicate does: the copy lands in the cache, then the editor shows it.
    const copy = makeSession({ id: 'sessCopy00001', revision: 4, title: 'Atelier Grenoble (copy)' })
    backend.store(copy)
    queryClient.setQueryData(keys.session(copy.id), copy)
    rerender(<Details id={copy.id} />)
    expect(titleField().value).toBe('Atelier Grenoble (copy)')
    expect(status()).toBe(SAVED)

    await user.click(titleField())
    await user.paste(' — Sousse')
    await waitFor(() => expect(backend.sent('sessions:update')).toHaveLength(1))
    expect(backend.sent('sessions:update')[0]).toMatchObject({
      id: 'sessCopy00001',
      expectedRevision: 4,
      details: { title: 'Atelier Grenoble (copy) — Sousse' }
    })
    expect(backend.stored('sessOriginal1')).toMatchObject({ title: 'Atelier Grenoble', revision: 4 })
  })

  it('typing on while a save is in flight saves after it, based on its result, without a conflict', async () => {
    const { user, retitle } = await open('sessDetails05')
    const release = backend.hold('sessions:update')
    await retitle('Café')
    await waitFor(() => expect(backend.sent('sessions:update')).toHaveLength(1))
    expect(status()).toBe('Saving…')
    await user.paste(' des villes')
    // The second save waits behind the first (one queue per session).
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(backend.sent('sessions:update')).toHaveLength(1)

    release()
    await waitFor(() => expect(backend.stored('sessDetails05')?.title).toBe('Café des villes'))
    expect(revisionsSent()).toEqual([7, 8])
    expect(titleField().value).toBe('Café des villes')
    await waitFor(() => expect(status()).toBe(SAVED))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('waits for a title before saving, and says why', async () => {
    const { user } = await open('sessDetails06')
    await user.clear(titleField())
    await user.keyboard('{Enter}')
    expect(titleField().getAttribute('aria-invalid')).toBe('true')
    expect(status()).toBe('Give the session a title: changes are saved once it has one.')
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(backend.sent('sessions:update')).toEqual([])
  })
})
