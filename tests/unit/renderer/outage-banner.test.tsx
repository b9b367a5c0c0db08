import { useMutation, useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErrorCode } from '../../../src/shared/errors'
import { ErrorAlert } from '../../../src/renderer/src/components/ErrorAlert'
import { NotebookBanner } from '../../../src/renderer/src/components/NotebookBanner'
import { OutageBanner } from '../../../src/renderer/src/components/outage'
import { call } from '../../../src/renderer/src/api/client'
import { renderApp } from '../../support/render-app'
import type * as Client from '../../../src/renderer/src/api/client'

let refusal: ErrorCode = 'http/unreachable'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) => {
  const real = await importOriginal<typeof Client>()
  const call = () => Promise.reject(new real.ApiError({ code: refusal, message: refusal }))
  return { ...real, call, invoke: call }
})

beforeEach(() => {
  refusal = 'http/unreachable'
})

/** A screen as SessionsPage is written: its list's error in an ErrorAlert, and an action's too. */
function Screen() {
  const list = useQuery({ queryKey: ['sessions'], queryFn: () => call('sessions:list') })
  const create = useMutation({ mutationFn: () => call('sessions:create', { title: 'x' }) })
  return (
    <>
      {list.error && <ErrorAlert error={list.error} />}
      <button type="button" onClick={() => create.mutate()}>
        New session
      </button>
      {create.error && <ErrorAlert error={create.error} />}
    </>
  )
}

/** What UiRoot gives every screen: the banner reports outages. */
function App() {
  return (
    <OutageBanner value>
      <NotebookBanner />
      <Screen />
    </OutageBanner>
  )
}

describe('when the local server cannot be reached', () => {
  it('says so once, above the screen, with the way back: reload (the address and key stay the same)', async () => {
    renderApp(<App />)
    const banner = await screen.findByTestId('outage-banner')
    expect(banner.textContent).toContain('Passerelle’s local server is not answering.')
    expect(banner.textContent).toContain('If it prints a different address, open that address instead.')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1))
  })

  it('a wrong access key is reported once too, without a reload that could not help', async () => {
    refusal = 'http/unauthorized'
    renderApp(<App />)
    const banner = await screen.findByTestId('outage-banner')
    expect(banner.textContent).toContain('missing its access key')
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull()
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1))
  })

  it('an action that fails is still explained where it was tried', async () => {
    const { user } = renderApp(<App />)
    await screen.findByTestId('outage-banner')
    await user.click(screen.getByRole('button', { name: 'New session' }))
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2))
  })

  it('outside the shell (no banner), a screen still shows its own error', async () => {
    renderApp(<Screen />)
    expect(await screen.findByRole('alert')).toBeTruthy()
  })
})
