import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { InsightsPage } from '../../../src/renderer/src/features/insights/InsightsPage'
import { NoteIndex } from '../../../src/shared/insights/note-index'
import type { InsightQuery } from '../../../src/shared/insights/query'
import type { Note } from '../../../src/shared/planning/capture'
import { freshBackend, makeNote, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

const SESSIONS = [
  { id: 'session0001', title: 'Atelier Grenoble', place: 'Grenoble' },
  { id: 'session0002', title: 'Vivienda Valencia', place: 'Valencia' },
  { id: 'session0003', title: 'Sousse', place: 'Sousse' }
]
const NOTES: [number, Partial<Note>][] = [
  [1, { text: 'La vivienda asequible es la prioridad', tags: ['vivienda'] }],
  [0, { text: 'Le guichet unique a simplifié les démarches' }],
  [2, { text: 'Private list of contacts', consent: 'internal' }],
  [1, { text: 'Mediadores vecinales', tags: ['vivienda'] }]
]

/** Main's answers, from the same pure index main runs. */
function answer(backend: Backend) {
  const index = new NoteIndex()
  for (const s of SESSIONS)
    index.setSession({
      sessionId: s.id,
      title: s.title,
      place: s.place,
      date: '2025-03-04',
      origin: null,
      blockTitles: new Map()
    })
  NOTES.forEach(([s, over], n) =>
    index.upsert(SESSIONS[s]!.id, { ...makeNote(n, 'x'), consent: 'anonymous', ...over }, null, 0)
  )
  backend.on('insights:search', (input) => {
    const { query, offset, limit } = input as { query: InsightQuery; offset: number; limit: number }
    return { ...index.search(query, offset, limit), ready: true }
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
    await user.type(screen.getByTestId('insights-search'), 'ASEQUIBLE')
    await waitFor(() => expect(screen.getByTestId('insights-count').textContent).toBe('1 note of 4'), {
      timeout: 5000
    })
    expect(screen.getByTestId('insight-row').querySelector('mark')?.textContent).toBe(
      'ASEQUIBLE'.toLowerCase()
    )
    expect(screen.getByTestId('insight-row').textContent).not.toContain('Internal')
  })
})
