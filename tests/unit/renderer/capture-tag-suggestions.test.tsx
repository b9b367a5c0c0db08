import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { freshBackend, makeSession, type Backend } from '../../support/fake-backend'
import { Capture } from '../../support/capture-panel'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  backend.on('insights:tags', () => [
    { tag: 'vivienda', count: 12 },
    { tag: 'vivre-ensemble', count: 3 },
    { tag: 'accueil', count: 2 }
  ])
  backend.store(makeSession({ id: 'sessTags0001' }))
})

describe('capture: typing # offers the notebook’s tags', () => {
  it('lists matching tags, takes one with the arrow keys and Enter, and Enter alone still sends', async () => {
    const { user } = renderApp(<Capture id="sessTags0001" />)
    const field = await screen.findByTestId<HTMLInputElement>('capture-input')
    await user.type(field, 'Rent too high #VIV')
    const options = await screen.findAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['#vivienda', '#vivre-ensemble'])

    await user.keyboard('{ArrowDown}{Enter}')
    expect(field.value).toBe('Rent too high #vivienda ')
    expect(backend.sent('captures:add')).toHaveLength(0)

    await user.keyboard('{Enter}')
    await waitFor(() => expect(backend.sent('captures:add')).toHaveLength(1))
    expect(backend.sent('captures:add')[0]).toMatchObject({
      text: 'Rent too high #vivienda',
      tags: ['vivienda']
    })
  })

  it('asks main for tags only once a # is typed', async () => {
    const { user } = renderApp(<Capture id="sessTags0001" />)
    const field = await screen.findByTestId<HTMLInputElement>('capture-input')
    await user.type(field, 'No hashtag here')
    expect(backend.sent('insights:tags')).toHaveLength(0)
    expect(screen.queryAllByRole('option')).toHaveLength(0)
  })
})
