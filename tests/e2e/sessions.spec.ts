import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession } from './session-steps'

const times = (app: Page) => app.getByTestId('agenda-time').allInnerTexts()

test('plan an agenda: computed times, keyboard reordering, overrun warning, undo, and it all survives reload', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Atelier Grenoble')
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Start time').fill('09:30')
  await app.getByLabel('Planned end').fill('10:30')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')

  await app.getByRole('tab', { name: 'Agenda' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByLabel('Title of block 1').fill('Welcome and consent')
  await app.getByLabel('Title of block 1').blur()
  await app.getByRole('button', { name: 'Add a break' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByLabel('Minutes for block 3').fill('40')
  await app.getByLabel('Minutes for block 3').blur()
  expect(await times(app)).toEqual(['09:30–09:45', '09:45–10:00', '10:00–10:40'])
  await expect(app.getByTestId('overrun')).toContainText('10 minutes past the planned end')

  // Keyboard only: focus the break's "move down" button and press Enter; focus follows the block.
  await app.getByRole('button', { name: 'Move “Break” down' }).focus()
  await app.keyboard.press('Enter')
  expect(await times(app)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–10:40'])
  await expect(app.getByRole('button', { name: 'Move “Break” up' })).toBeVisible()

  // The drag handle works from the keyboard too (dnd-kit): Space, arrow, Space.
  await app.getByRole('button', { name: 'Drag “Welcome and consent” to reorder' }).focus()
  await app.keyboard.press('Space')
  await app.waitForTimeout(150)
  await app.keyboard.press('ArrowDown')
  await app.waitForTimeout(150)
  await app.keyboard.press('Space')
  await expect(app.getByLabel('Title of block 2')).toHaveValue('Welcome and consent')
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByLabel('Title of block 1')).toHaveValue('Welcome and consent')

  await app.getByRole('button', { name: 'Undo' }).click()
  expect(await times(app)).toEqual(['09:30–09:45', '09:45–10:00', '10:00–10:40'])
  await app.getByRole('button', { name: 'Redo' }).click()
  expect(await times(app)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–10:40'])
  expect(await seriousA11yViolations(app)).toEqual([])

  await app.reload()
  await expect(app.getByRole('heading', { level: 2, name: 'Atelier Grenoble' })).toBeVisible()
  expect(await times(app)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–10:40'])
  const files = JSON.parse(await readFile(join(dataDir, 'notebook', 'notebook.json'), 'utf8')).sessions
  const session = JSON.parse(
    await readFile(join(dataDir, 'notebook', 'sessions', `${files[0].id}.json`), 'utf8')
  )
  expect(session.blocks.map((b: { title: string }) => b.title)).toEqual([
    'Welcome and consent',
    'New block',
    'Break'
  ])
})

test('consent rules are shown on the session and saved with it', async ({ app }) => {
  await newSession(app, 'Sousse exchange')
  await expect(app.getByTestId('consent-summary')).toContainText('Chatham House rule')
  await expect(app.getByTestId('consent-summary')).toContainText('No photos')
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Photos allowed').check()
  await app
    .getByLabel('Consent note (read out at the start)')
    .fill('Photos only of the wall charts, never of faces.')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')
  await expect(app.getByTestId('consent-summary')).toContainText('Photos allowed')
  expect(await seriousA11yViolations(app)).toEqual([])
})

test('duplicate, delete with undo, search and sort the list', async ({ app }) => {
  await newSession(app, 'Valencia coexistence plan')
  await app.getByRole('button', { name: 'Duplicate' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Valencia coexistence plan (copy)' })).toBeVisible()
  await app.getByRole('button', { name: 'Delete', exact: true }).click()
  await app
    .getByRole('dialog', { name: 'Delete this session?' })
    .getByRole('button', { name: 'Delete session' })
    .click()
  await expect(app.getByTestId('undo-delete')).toContainText(
    '“Valencia coexistence plan (copy)” was deleted.'
  )
  await expect(app.getByRole('link', { name: 'Valencia coexistence plan (copy)' })).toHaveCount(0)
  await app.getByTestId('undo-delete').getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('link', { name: 'Valencia coexistence plan (copy)' })).toBeVisible()
  await app.getByLabel('Search sessions').fill('COPY')
  await expect(app.getByRole('link', { name: /Valencia/ })).toHaveCount(1)
  expect(await seriousA11yViolations(app)).toEqual([])
})

test('a session title is required, in the user’s language, and durations stay within 1–480 minutes', async ({
  app
}) => {
  await app.getByTestId('language-select').selectOption('fr')
  await app.getByRole('link', { name: 'Séances' }).click()
  await app.getByRole('button', { name: 'Nouvelle séance' }).click()
  await app.getByRole('dialog').getByRole('button', { name: 'Créer la séance' }).click()
  const dialog = app.getByRole('dialog', { name: 'Nouvelle séance' })
  await expect(dialog).toContainText('Donnez un titre à la séance.')
  await dialog.getByLabel('Titre').fill('Atelier')
  await dialog.getByRole('button', { name: 'Créer la séance' }).click()
  await app.getByRole('button', { name: 'Ajouter un bloc' }).click()
  // The field clamps to 1–480; whatever is typed, what is saved stays in range.
  await app.getByLabel('Minutes du bloc 1').fill('999')
  await app.getByLabel('Minutes du bloc 1').blur()
  await expect(app.getByLabel('Minutes du bloc 1')).toHaveValue('480')
  await expect(app.getByTestId('agenda-total')).toContainText('8 h 00')
})

test('start from the three-day Grenoble-style template, add a method from the library and sample personas', async ({
  app
}) => {
  await newSession(app, 'Peer learning, three days', 'Three-day peer learning event')
  const rows = app.getByTestId('agenda-row')
  expect(await rows.count()).toBeGreaterThan(20)
  await expect(app.getByTestId('agenda-time').first()).toContainText('Day 1')
  await expect(app.getByTestId('agenda-time').last()).toContainText('Day 3')

  const before = await rows.count()
  await app.getByRole('button', { name: 'Browse methods…' }).click()
  const drawer = app.getByRole('dialog', { name: 'Method library' })
  await drawer.getByLabel('Search methods').fill('fishbowl')
  await expect(drawer.getByTestId('method-card')).toHaveCount(1)
  await expect(drawer.getByTestId('method-card')).toContainText(/status/i)
  expect(await seriousA11yViolations(app)).toEqual([])
  await drawer.getByRole('button', { name: /Add “Fishbowl/ }).click()
  await expect(rows).toHaveCount(before + 1)

  await app.getByRole('tab', { name: /Personas/ }).click()
  await app.getByLabel('Sample personas').selectOption({ index: 1 })
  await app.getByRole('button', { name: 'Add this sample' }).click()
  await expect(app.getByTestId('persona-card')).toHaveCount(1)
  await expect(app.getByTestId('persona-card')).toContainText('Fictional')
  await app.getByRole('button', { name: 'New persona' }).click()
  const form = app.getByRole('dialog', { name: 'New persona' })
  await form.getByLabel('Pseudonym').fill('Amal')
  await form.getByLabel('Age').fill('34')
  await form.getByLabel('Administrative status').fill('Waiting for a residence permit renewal')
  await form.getByLabel('Group').fill('Group B')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(app.getByTestId('persona-card')).toHaveCount(2)
  await expect(app.getByTestId('persona-card').nth(1)).toContainText('Group B')
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.reload()
  await app.getByRole('tab', { name: /Personas \(2\)/ }).click()
  await expect(app.getByTestId('persona-card')).toHaveCount(2)
})

test('block details: notes and links to the note, then save the session as a template and reuse it', async ({
  app
}) => {
  await newSession(app, 'Barcelona focus')
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByRole('button', { name: 'Details of “New block”' }).click()
  const dialog = app.getByRole('dialog', { name: 'Block: New block' })
  await dialog.getByLabel('Facilitator notes').fill('Start from the padrón example.')
  await dialog.getByRole('combobox', { name: 'Linked items' }).fill('Barcelona')
  await app.getByRole('option', { name: 'Barcelona, Spain' }).click()
  await app.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Save' }).click()
  const link = app.getByTestId('agenda').getByRole('link', { name: 'Barcelona, Spain' })
  await expect(link).toBeVisible()

  await app.getByRole('button', { name: 'Save as template' }).click()
  const prompt = app.getByRole('dialog', { name: 'Save as template' })
  await prompt.getByLabel('Name of the new template').fill('Case focus, 1 block')
  await prompt.getByRole('button', { name: 'Save template' }).click()
  await expect(
    app.getByRole('status').filter({ hasText: 'Saved as the template “Case focus, 1 block”.' })
  ).toBeVisible()
  await newSession(app, 'Reused', 'Case focus, 1 block')
  await expect(app.getByTestId('agenda').getByRole('link', { name: 'Barcelona, Spain' })).toBeVisible()
  await app.getByTestId('agenda').getByRole('link', { name: 'Barcelona, Spain' }).click()
  await expect(
    app.getByTestId('item-view').getByRole('heading', { level: 3, name: 'Barcelona, Spain' })
  ).toBeVisible()
})

test('when the plan overruns, one click shortens the suggested unprotected blocks', async ({ app }) => {
  await newSession(app, 'Tight morning')
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Planned end').fill('09:50')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')
  await app.getByRole('tab', { name: 'Agenda' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByRole('button', { name: 'Add a break' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByLabel('Minutes for block 3').fill('30')
  await app.getByLabel('Minutes for block 3').blur()
  const overrun = app.getByTestId('overrun')
  await expect(overrun).toContainText('10 minutes past the planned end')
  await expect(overrun).toContainText('To finish on time: “New block” from 30 to 20 min.')
  await overrun.getByRole('button', { name: 'Apply' }).click()
  await expect(overrun).toHaveCount(0)
  await expect(app.getByLabel('Minutes for block 3')).toHaveValue('20')
})

test('a dialog’s close button is named for screen readers, in the user’s language', async ({ app }) => {
  await app.getByRole('link', { name: 'Sessions' }).click()
  await app.getByRole('button', { name: 'New session' }).click()
  const dialog = app.getByRole('dialog', { name: 'New session' })
  await expect(dialog.getByRole('button', { name: 'Close', exact: true })).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(dialog).toBeHidden()

  await app.getByTestId('language-select').selectOption('fr')
  await app.getByRole('link', { name: 'Séances' }).click()
  await app.getByRole('button', { name: 'Nouvelle séance' }).click()
  await expect(
    app.getByRole('dialog', { name: 'Nouvelle séance' }).getByRole('button', { name: 'Fermer', exact: true })
  ).toBeVisible()
})
