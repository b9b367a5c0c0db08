import type { Page } from '@playwright/test'
import type { Session } from '../../src/shared/planning/session'
import { api } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'

/** A laptop screen, as in issue 12's measurements. */
test.use({ viewport: { width: 1366, height: 820 } })

const NOTES = 5000
const TYPES = ['insight', 'quote', 'question', 'idea', 'action', 'barrier', 'enabler', 'decision'] as const
const label = (i: number) => `Note ${String(i).padStart(4, '0')}`

/**
 * A session of 5,000 notes laid down through the API as a user would get it: created, then its
 * file imported (one call, instead of 5,000 captures).
 */
async function bigSession(app: Page, server: { origin: string; token: string }): Promise<Session> {
  const base = await api<Session>(app, server, 'sessions:create', {
    title: 'Big room',
    templateId: 'half-day-peer-learning'
  })
  const start = Date.parse('2026-11-27T09:00:00.000Z')
  const captures = Array.from({ length: NOTES }, (_, i) => ({
    id: `bignote${String(i + 1).padStart(6, '0')}`,
    createdAt: new Date(start + i * 1000).toISOString(),
    blockId: base.blocks[i % base.blocks.length]?.id ?? null,
    elapsedSeconds: i,
    type: TYPES[i % TYPES.length]!,
    text: `${label(i + 1)}: the town hall desk asks for a proof of address${i % 5 === 0 ? ' that newcomers rarely have, so they are sent from one office to the next #housing' : ''}`,
    links: [],
    tags: i % 5 === 0 ? ['housing'] : [],
    speaker: null,
    consent: 'anonymous' as const
  }))
  return api<Session>(app, server, 'sessions:import', {
    content: JSON.stringify({ ...base, captures }),
    asCopy: true
  })
}

const domSize = (app: Page) => app.evaluate(() => document.querySelectorAll('*').length)

/** A figure for the report: kept with the test's results and printed. */
function measured(what: string, value: number) {
  test.info().annotations.push({ type: what, description: String(value) })
  console.log(`${what}: ${value}`)
}

test('a session of 5,000 notes: capture by keyboard, scroll the whole list, move notes in synthesis', async ({
  app,
  server
}) => {
  test.setTimeout(240_000)
  const session = await bigSession(app, server)
  await app.goto(`${server.origin}/#/sessions/${session.id}/live`)
  await expect(app.getByRole('heading', { level: 2, name: 'Live: Big room' })).toBeVisible({
    timeout: 30_000
  })
  const notes = app.getByTestId('captured-note')
  await expect(notes.first()).toContainText(`${label(NOTES)}:`)
  await expect(notes.first()).toHaveAttribute('aria-setsize', String(NOTES))
  // Only what is in view (and a few more) is rendered.
  expect(await notes.count()).toBeLessThan(40)

  // Ten notes by keyboard: each is on screen, at the top of the list, as soon as it is saved.
  const input = app.getByTestId('capture-input')
  await input.focus()
  const times: number[] = []
  for (let i = 1; i <= 10; i++) {
    await app.keyboard.type(`Fresh ${i}: the clinic had an interpreter`)
    const sent = Date.now()
    await app.keyboard.press('Enter')
    await expect(notes.first()).toContainText(`Fresh ${i}:`)
    times.push(Date.now() - sent)
    await expect(notes.first()).toBeInViewport()
    await expect(input).toBeFocused()
    await expect(input).toHaveValue('')
  }
  times.sort((a, b) => a - b)
  measured('Enter → note on screen, p50 (ms)', times[5]!)
  await expect(app.getByTestId('capture-count')).toHaveText(/^5,?010 notes$/)
  const size = await domSize(app)
  measured('DOM elements, live mode, 5,010 notes', size)
  expect(size).toBeLessThan(3000)

  // Screen readers still get a list of 5,010 items, each saying where it stands.
  const list = app.getByRole('list', { name: /^5,?010 notes$/ })
  await expect(list).toBeVisible()
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '5010')
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1')

  // From the newest note to the very first one and back, with the keyboard.
  await notes.first().focus()
  await app.keyboard.press('End')
  const focused = app.locator('[data-testid="captured-note"]:focus')
  await expect(focused).toHaveAttribute('aria-posinset', '5010')
  await expect(focused).toContainText(`${label(1)}:`)
  await expect(focused).toBeInViewport()
  await app.keyboard.press('ArrowUp')
  await expect(focused).toContainText(`${label(2)}:`)
  await app.keyboard.press('Home')
  await expect(focused).toHaveAttribute('aria-posinset', '1')
  await expect(focused).toContainText('Fresh 10:')
  await expect(focused).toBeInViewport()
  // And with the mouse wheel's way: scrolling the list to its end shows the first note.
  const scroller = app.getByTestId('captured-notes')
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(notes.filter({ hasText: `${label(1)}:` })).toBeInViewport()
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }))
  await expect(notes.filter({ hasText: 'Fresh 10:' })).toBeInViewport()
  expect(await seriousA11yViolations(app)).toEqual([])

  // Synthesis: the same notes in columns that render only what is in view.
  await app.getByRole('link', { name: 'Synthesis' }).click()
  const unsorted = app.getByTestId('unsorted')
  await expect(unsorted.getByText(/^5,?010 notes$/)).toBeVisible({ timeout: 30_000 })
  expect(await unsorted.getByTestId('synthesis-note').count()).toBeLessThan(30)
  for (const name of ['Housing', 'Language', 'Waiting']) {
    await app.getByLabel('New cluster').fill(name)
    await app.getByLabel('New cluster').press('Enter')
    await expect(app.getByRole('region', { name: `Cluster: ${name}` })).toBeVisible()
  }
  const cluster = (name: string) => app.getByRole('region', { name: `Cluster: ${name}` })

  // The columns are lists too: End reaches the newest note at the bottom of the pile.
  await unsorted.getByRole('listitem').first().focus()
  await app.keyboard.press('End')
  const focusedCard = unsorted.locator('li:focus')
  await expect(focusedCard).toHaveAttribute('aria-posinset', '5010')
  await expect(focusedCard).toContainText('Fresh 10:')
  await app.keyboard.press('Home')
  await expect(focusedCard).toHaveAttribute('aria-posinset', '1')

  // Keyboard drag: the arrow keys step from column to column, so the last cluster is as near as the first.
  const announced = (text: string) => app.locator('[id^="DndLiveRegion"]').filter({ hasText: text })
  const drag = async (note: string, places: string[]) => {
    const handle = app.getByRole('button', { name: `Drag “${note}:` })
    await handle.focus()
    await app.keyboard.press('Space')
    await expect(handle).toHaveAttribute('aria-pressed', 'true')
    for (const place of places) {
      await app.keyboard.press('ArrowRight')
      await expect(announced(`is over ${place}.`)).toBeAttached()
    }
    await app.keyboard.press('Space')
  }
  await drag(label(1), ['Housing'])
  await expect(cluster('Housing').getByTestId('synthesis-note')).toHaveCount(1)
  await expect(cluster('Housing')).toContainText(`${label(1)}:`)
  await drag(label(2), ['Housing', 'Language', 'Waiting'])
  await expect(cluster('Waiting').getByTestId('synthesis-note')).toHaveCount(1)
  await expect(cluster('Waiting')).toContainText(`${label(2)}:`)

  // The "Move to" menu, by keyboard: Enter opens it on the note's current place, arrows pick, Enter moves.
  await app.getByRole('button', { name: `Move “${label(3)}:` }).focus()
  await app.keyboard.press('Enter')
  const menu = app.getByTestId('move-menu')
  await expect(menu.getByRole('menuitemradio', { name: 'Not yet in a cluster' })).toBeFocused()
  await expect(menu.getByRole('menuitemradio')).toHaveCount(4)
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitemradio', { name: 'Language' })).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  await expect(cluster('Language')).toContainText(`${label(3)}:`)
  // …and with the mouse.
  const sent = Date.now()
  await app.getByRole('button', { name: `Move “${label(4)}:` }).click()
  await menu.getByRole('menuitemradio', { name: 'Housing' }).click()
  await expect(cluster('Housing').getByTestId('synthesis-note')).toHaveCount(2)
  measured('Move to → note in its cluster (ms)', Date.now() - sent)
  await expect(unsorted.getByText(/^5,?006 notes$/)).toBeVisible()
  // One menu for the page, filled only while open.
  await expect(app.getByRole('menuitemradio')).toHaveCount(0)
  measured('DOM elements, synthesis, 5,010 notes', await domSize(app))

  const saved = await api<Session>(app, server, 'sessions:get', { id: session.id })
  const textOf = new Map(saved.captures.map((n) => [n.id, n.text.slice(0, 9)]))
  expect(saved.synthesis.clusters.map((c) => [c.name, c.noteIds.map((id) => textOf.get(id))])).toEqual([
    ['Housing', [label(1), label(4)]],
    ['Language', [label(3)]],
    ['Waiting', [label(2)]]
  ])
  expect(await seriousA11yViolations(app)).toEqual([])
})
