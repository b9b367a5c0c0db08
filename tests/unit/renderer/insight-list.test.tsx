import { fireEvent, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { InsightList } from '../../../src/renderer/src/features/insights/InsightList'
import { NoteIndex } from '../../../src/shared/insights/note-index'
import { emptyQuery, type InsightQuery } from '../../../src/shared/insights/query'
import { freshBackend, makeNote } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

const TOTAL = 1200

beforeEach(() => {
  const index = new NoteIndex()
  index.setSession({
    sessionId: 'session0001',
    title: 'Big',
    place: 'Sousse',
    date: null,
    origin: null,
    blockTitles: new Map()
  })
  for (let n = 0; n < TOTAL; n++) index.upsert('session0001', makeNote(n, `note number ${n}`), null, 0)
  freshBackend().on('insights:search', (input) => {
    const { query, offset, limit } = input as { query: InsightQuery; offset: number; limit: number }
    return { ...index.search(query, offset, limit), ready: true }
  })
})

const items = () => screen.getAllByTestId('insight-item')

describe('the Insights list', () => {
  it('holds 500 rows at first, grows as the end comes into view, and always tells the full count', async () => {
    renderApp(<InsightList query={emptyQuery()} total={TOTAL} terms={[]} label="Notes" />)
    await waitFor(() => expect(items().length).toBeGreaterThan(0))
    expect(items()[0]!.getAttribute('aria-setsize')).toBe(String(TOTAL))
    fireEvent.keyDown(items()[0]!, { key: 'End' })
    // The last of the first 500 is shown, which asks for 500 more.
    await waitFor(() => expect(items().some((li) => li.getAttribute('aria-posinset') === '500')).toBe(true))
    fireEvent.keyDown(
      items().find((li) => li.getAttribute('aria-posinset') === '500')!,
      { key: 'End' }
    )
    await waitFor(() => expect(items().some((li) => li.getAttribute('aria-posinset') === '1000')).toBe(true))
    fireEvent.keyDown(
      items().find((li) => li.getAttribute('aria-posinset') === '1000')!,
      { key: 'End' }
    )
    await waitFor(() =>
      expect(items().some((li) => li.getAttribute('aria-posinset') === String(TOTAL))).toBe(true)
    )
    await waitFor(() => expect(screen.getAllByTestId('insight-row').length).toBeGreaterThan(0))
  })
})
