import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { InsightsPage } from '../../../src/renderer/src/features/insights/InsightsPage'
import { filterRows } from '../../../src/shared/insights/facets'
import type { InsightQuery, InsightRow } from '../../../src/shared/insights/query'
import { freshBackend, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

const row = (n: number, over: Partial<InsightRow>): InsightRow => ({
  sessionId: `session000${n % 3}`,
  noteId: `note0000${n}`,
  sessionTitle: ['Atelier Grenoble', 'Vivienda Valencia', 'Sousse'][n % 3]!,
  place: ['Grenoble', 'Valencia', 'Sousse'][n % 3]!,
  day: `2025-0${(n % 9) + 1}-10`,
  createdAt: `2025-0${(n % 9) + 1}-10T10:00:00.000Z`,
  type: 'insight',
  text: `Note ${n}`,
  tags: [],
  consent: 'anonymous',
  speaker: null,
  blockId: null,
  blockTitle: null,
  links: [],
  cluster: null,
  votes: 0,
  origin: null,
  ...over
})

const ROWS = [
  row(1, { text: 'La vivienda asequible es la prioridad', tags: ['vivienda'] }),
  row(2, { text: 'Le guichet unique a simplifié les démarches' }),
  row(3, { text: 'Private list of contacts', consent: 'internal' }),
  row(4, { text: 'Mediadores vecinales', tags: ['vivienda'], origin: 'Marta' })
]

/** Main's answer, worked out by the same pure code main runs (text search as a plain substring). */
function answer(backend: Backend) {
  backend.on('insights:search', (input) => {
    const { query, offset, limit } = input as { query: InsightQuery; offset: number; limit: number }
    const words = query.q.toLowerCase()
    const { matched, facets } = filterRows(ROWS, query, (r) => r.text.toLowerCase().includes(words))
    return {
      total: matched.length,
      all: ROWS.length,
      offset,
      rows: matched.slice(offset, offset + limit),
      facets,
      terms: words ? [words] : [],
      ready: true
    }
  })
  backend.on('views:list', () => [])
  backend.on('boards:list', () => [])
}

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true })
  const view = renderApp(
    <Router hook={location.hook}>
      <InsightsPage />
    </Router>
  )
  return { ...view, location }
}

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  answer(backend)
})

describe('the Insights screen', () => {
  it('opens the view the address describes, with its filters ticked', async () => {
    renderAt('/insights/place=Valencia')
    await waitFor(() => expect(screen.getByTestId('insights-count').textContent).toBe('2 notes of 4'))
    const place = within(screen.getByTestId('facet-place'))
    expect((place.getByRole('checkbox', { name: /Valencia/ }) as HTMLInputElement).checked).toBe(true)
    expect((place.getByRole('checkbox', { name: /Grenoble/ }) as HTMLInputElement).checked).toBe(false)
    expect(backend.sent('insights:search')[0]?.query).toMatchObject({ place: ['Valencia'] })
  })

  it('writes each filter into the address, replacing the entry, and asks main again', async () => {
    const { user, location } = renderAt('/insights')
    await waitFor(() => expect(screen.getByTestId('insights-count').textContent).toBe('4 notes of 4'))
    await user.click(within(screen.getByTestId('facet-tag')).getByRole('checkbox', { name: /#vivienda/ }))
    await waitFor(() => expect(screen.getByTestId('insights-count').textContent).toBe('2 notes of 4'))
    expect(location.history?.at(-1)).toBe('/insights/tag=vivienda')
    // Replaced, not pushed: Back leaves Insights instead of undoing one filter at a time.
    expect(location.history).toHaveLength(1)
  })

  it('marks internal notes and highlights the words searched', async () => {
    const { user } = renderAt('/insights')
    await waitFor(() => expect(screen.getAllByTestId('insight-row')).toHaveLength(4))
    const internal = screen.getAllByTestId('insight-row').find((r) => r.textContent?.includes('Private list'))
    expect(internal?.textContent).toContain('Internal: never exported')
    await user.type(screen.getByTestId('insights-search'), 'vivienda')
    await waitFor(() => expect(screen.getByTestId('insights-count').textContent).toBe('1 note of 4'), {
      timeout: 5000
    })
    expect(screen.getByTestId('insight-row').querySelector('mark')?.textContent?.toLowerCase()).toBe(
      'vivienda'
    )
    expect(screen.getByTestId('insight-row').textContent).not.toContain('Internal')
  })
})
