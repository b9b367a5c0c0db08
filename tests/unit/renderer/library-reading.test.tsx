import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { LibraryPage } from '../../../src/renderer/src/features/library/LibraryPage'
import { switchLanguage } from '../../../src/renderer/src/i18n'
import { loadPack } from '../../fixtures/briefs/session'
import { freshBackend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

const pack = loadPack()
const barcelona = pack.items.find((i) => i.title.en === 'Barcelona, Spain')!

beforeEach(() => {
  freshBackend().on('content:packs', () => [{ pack, origin: 'bundled' }])
})
afterEach(async () => {
  await act(() => switchLanguage('en'))
})

async function openSideBySide() {
  const location = memoryLocation({ path: `/library/${pack.id}:${barcelona.id}` })
  const view = renderApp(
    <Router hook={location.hook}>
      <LibraryPage />
    </Router>
  )
  const reader = await screen.findByTestId('item-view')
  await view.user.click(within(reader).getByText('Side by side'))
  return { ...view, reader }
}

/** The languages of the reader's columns, left to right, as the selects and the columns say. */
function columns(reader: HTMLElement) {
  const selects = within(reader).getAllByRole('combobox') as HTMLSelectElement[]
  const shown = [...reader.querySelectorAll('[data-testid^="item-column-"]')].map((c) =>
    c.getAttribute('data-testid')!.replace('item-column-', '')
  )
  expect(selects.map((s) => s.value)).toEqual(shown)
  return shown
}

describe('side by side in the library, when the interface language changes', () => {
  it('the first column follows the interface language while the reader has not picked it', async () => {
    const { reader } = await openSideBySide()
    expect(columns(reader)).toEqual(['en', 'fr'])
    await act(() => switchLanguage('fr'))
    // Never French twice, never the old interface language kept first.
    await waitFor(() => expect(columns(reader)).toEqual(['fr', 'en']))
    await act(() => switchLanguage('es'))
    await waitFor(() => expect(columns(reader)).toEqual(['es', 'en']))
  })

  it('a second column the reader picked stays; the first still follows, and steps aside rather than repeat it', async () => {
    const { reader, user } = await openSideBySide()
    await user.selectOptions(within(reader).getByLabelText('Right column'), 'es')
    expect(columns(reader)).toEqual(['en', 'es'])
    await act(() => switchLanguage('fr'))
    await waitFor(() => expect(columns(reader)).toEqual(['fr', 'es']))
    await act(() => switchLanguage('es'))
    await waitFor(() => expect(columns(reader)).toEqual(['es', 'en']))
  })

  it('once the reader picks the first column, the pair stays as arranged', async () => {
    const { reader, user } = await openSideBySide()
    await user.selectOptions(within(reader).getByLabelText('Left column'), 'es')
    // The other column does not jump when one is picked.
    expect(columns(reader)).toEqual(['es', 'fr'])
    await act(() => switchLanguage('fr'))
    await waitFor(() => expect(within(reader).getByLabelText('Colonne de gauche')).toBeTruthy())
    expect(columns(reader)).toEqual(['es', 'fr'])
  })

  it('picking the language the other column shows swaps the two columns', async () => {
    const { reader, user } = await openSideBySide()
    await user.selectOptions(within(reader).getByLabelText('Right column'), 'en')
    expect(columns(reader)).toEqual(['fr', 'en'])
    await user.selectOptions(within(reader).getByLabelText('Left column'), 'en')
    expect(columns(reader)).toEqual(['en', 'fr'])
  })
})
