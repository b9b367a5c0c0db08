import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '../../src/shared/planning/session'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession, STORYTELLING_IN_ROOM } from './session-steps'
import { storedSession } from './stored'

test('run a storytelling session live and capture 20 notes of mixed types with the keyboard only; all there after reload', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Live storytelling', STORYTELLING_IN_ROOM)
  await app.getByRole('link', { name: 'Run live' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Live: Live storytelling' })).toBeVisible()
  await app.getByRole('button', { name: 'Start the session' }).click()
  await expect(app.getByTestId('live-clock')).toContainText('Block 1 of')
  await expect(app.getByTestId('live-announcement')).toContainText('started')

  // Starting, and moving between blocks, hand the keyboard back to the capture field.
  const input = app.getByTestId('capture-input')
  await expect(input).toBeFocused()
  await expect(app.getByTestId('capture-consent')).toHaveValue('anonymous')
  const types = ['1', '2', '3', '4', '5', '6', '7', '8']
  for (let i = 0; i < 20; i++) {
    await app.keyboard.press(`Control+${types[i % 8]}`)
    // Internal is one keystroke away, and one back.
    if (i === 15 || i === 16) await app.keyboard.press('Control+9')
    await app.keyboard.type(`Note ${i + 1}: l’accès au guichet`)
    await app.keyboard.press('Enter')
    await expect(app.getByTestId('capture-count')).toHaveText(`${i + 1} ${i === 0 ? 'note' : 'notes'}`)
    // The note just typed is on screen, right under the field, on a laptop-sized window.
    await expect(app.getByTestId('captured-note').first()).toContainText(`Note ${i + 1}:`)
    await expect(app.getByTestId('captured-note').first()).toBeInViewport()
    if (i === 9) {
      await app.getByRole('button', { name: 'Next block' }).click()
      await expect(app.getByTestId('live-clock')).toContainText('Block 2 of')
      await expect(input).toBeFocused()
    }
  }
  await expect(input).toBeFocused()
  expect(await seriousA11yViolations(app)).toEqual([])

  // Delete one, then undo.
  await app.getByTestId('captured-note').first().getByRole('button', { name: 'Delete this note' }).click()
  await expect(app.getByTestId('capture-count')).toHaveText('19 notes')
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByTestId('capture-count')).toHaveText('20 notes')

  await app.reload()
  await expect(app.getByTestId('capture-count')).toHaveText('20 notes')
  await expect(app.getByTestId('live-clock')).toContainText('Block 2 of')
  const file = await storedSession(dataDir)
  expect(file.captures).toHaveLength(20)
  expect(new Set(file.captures.map((n) => n.type)).size).toBe(8)
  // Chatham House by default: anonymous, except the one note switched to Internal with Ctrl+9.
  expect(file.captures.map((n) => n.consent)).toEqual(
    file.captures.map((_, i) => (i === 15 ? 'internal' : 'anonymous'))
  )
  expect(file.captures[0]!.blockId).toBe(file.blocks[0]!.id)
  expect(file.captures[19]!.blockId).toBe(file.blocks[1]!.id)
})

test('record a persona’s journey with two doors and three walls; it is still there after reload', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Journeys', STORYTELLING_IN_ROOM)
  await app.getByRole('tab', { name: /Personas/ }).click()
  await app.getByRole('button', { name: 'New persona' }).click()
  const form = app.getByRole('dialog', { name: 'New persona' })
  await form.getByLabel('Pseudonym').fill('Amal')
  await form.getByRole('button', { name: 'Save', exact: true }).click()
  await app.getByRole('link', { name: 'Run live' }).click()
  await app.getByRole('tab', { name: 'Journeys' }).click()

  const steps: Array<[string, string, 'Door: access worked' | 'Wall: access failed']> = [
    ['Public institution', 'Town hall registration desk', 'Wall: access failed'],
    ['Public service', 'Health centre', 'Door: access worked'],
    ['Public service', 'School enrolment office', 'Wall: access failed'],
    ['Public space', 'Neighbourhood library', 'Door: access worked'],
    ['Public institution', 'Social services', 'Wall: access failed']
  ]
  for (const [place, where, outcome] of steps) {
    await app.getByText(place, { exact: true }).first().click()
    await app.getByLabel('Where').fill(where)
    await app.getByRole('button', { name: outcome }).click()
    await expect(app.getByLabel('Where')).toHaveValue('')
  }
  await expect(app.getByTestId('journey-summary')).toHaveText('Amal — doors: 2 · walls: 3')
  expect(await seriousA11yViolations(app)).toEqual([])

  await app.reload()
  await app.getByRole('tab', { name: 'Journeys' }).click()
  await expect(app.getByTestId('journey-step')).toHaveCount(5)
  await expect(app.getByTestId('journey-summary')).toHaveText('Amal — doors: 2 · walls: 3')
  const index = JSON.parse(await readFile(join(dataDir, 'notebook', 'notebook.json'), 'utf8'))
  const file = sessionSchema.parse(
    JSON.parse(await readFile(join(dataDir, 'notebook', 'sessions', `${index.sessions[0].id}.json`), 'utf8'))
  )
  expect(file.journeys.map((s) => [s.place, s.outcome])).toEqual([
    ['institution', 'wall'],
    ['service', 'door'],
    ['service', 'wall'],
    ['space', 'door'],
    ['institution', 'wall']
  ])
})

test('running late: the live view says how late and which later unprotected blocks to shorten', async ({
  app
}) => {
  await app.clock.install()
  await app.reload()
  await newSession(app, 'Late room', STORYTELLING_IN_ROOM)
  await app.getByRole('link', { name: 'Run live' }).click()
  await app.getByRole('button', { name: 'Start the session' }).click()
  await expect(app.getByTestId('live-clock')).toContainText('Block 1 of')
  await expect(app.getByTestId('live-cuts')).toHaveCount(0)
  // "Block 1 of" shows before the start is recorded; the announcement only once it is.
  await expect(app.getByTestId('live-announcement')).toContainText('started')
  const minutes = await firstBlockMinutes(app)
  expect(minutes).toBeGreaterThan(0)
  await app.clock.fastForward((minutes + 12) * 60_000)
  await expect(app.getByTestId('live-cuts')).toContainText(
    /^1[23] min late\. To finish on time, shorten: .+ → .+ min\)/
  )
})

async function firstBlockMinutes(app: Page): Promise<number> {
  const text = (await app.getByTestId('live-announcement').textContent()) ?? ''
  return Number(/(\d+) minutes/.exec(text)?.[1])
}

test('tag with #words and link notes to the note’s items, then filter the list by tag, block and linked item', async ({
  app
}) => {
  await newSession(app, 'Tagged room', STORYTELLING_IN_ROOM)
  await app.getByRole('link', { name: 'Run live' }).click()
  await app.getByRole('button', { name: 'Start the session' }).click()
  const input = app.getByTestId('capture-input')
  await input.fill('Waiting lists for #housing are long')
  await input.press('Enter')
  await expect(app.getByTestId('capture-count')).toHaveText('1 note')
  await app.getByRole('button', { name: 'Next block' }).click()
  await app.getByRole('combobox', { name: 'Links to the note' }).click()
  await app
    .getByRole('option', { name: /Grenoble/ })
    .first()
    .click()
  await app.keyboard.press('Escape')
  await input.fill('The mediator helped at the #library')
  await input.press('Enter')
  await expect(app.getByTestId('capture-count')).toHaveText('2 notes')
  const notes = app.getByTestId('captured-note')
  await expect(notes.first()).toContainText('#library')
  await expect(notes.first()).toContainText('Grenoble')

  // Filters stay folded away until wanted, so the notes sit right under the field.
  await expect(app.getByLabel('Tag')).toBeHidden()
  await app.getByRole('button', { name: 'Filter notes' }).click()
  await app.getByLabel('Tag').selectOption('housing')
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Waiting lists')
  await app.getByLabel('Tag').selectOption({ label: 'Any' })
  await app.getByLabel('Linked item').selectOption({ index: 1 })
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('mediator')
  await app.getByLabel('Linked item').selectOption({ label: 'Any' })
  await app.getByLabel('Block', { exact: true }).selectOption({ index: 1 })
  await expect(notes).toHaveCount(1)
  await expect(notes.first()).toContainText('Waiting lists')
  await app.getByRole('button', { name: 'Hide filters' }).click()
  await expect(app.getByRole('button', { name: 'Filter notes (1 active)' })).toBeVisible()

  // Fix a note afterwards: its words and its type; Escape would leave it as it was.
  await notes.first().getByRole('button', { name: 'Edit this note' }).click()
  await notes.first().getByLabel('Note text').fill('Waiting lists for #housing are two years long')
  await notes.first().getByLabel('Note type').selectOption({ label: 'Barrier' })
  await notes.first().getByRole('button', { name: 'Save', exact: true }).click()
  await expect(notes.first()).toContainText('two years long')
  await expect(notes.first()).toContainText('Barrier')
  await app.reload()
  await expect(app.getByTestId('captured-note').filter({ hasText: 'two years long' })).toContainText(
    'Barrier'
  )
})
