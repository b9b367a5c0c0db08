import type { Page } from '@playwright/test'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession } from './session-steps'

/** Electron has no window.prompt and its confirm is native: the app must never open either. */
function nativeDialogs(app: Page): string[] {
  const opened: string[] = []
  app.on('dialog', (d) => {
    opened.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  return opened
}

test('save as template through the app dialog, then start a new session from it', async ({ app }) => {
  const native = nativeDialogs(app)
  await newSession(app, 'Grenoble working group')
  await app.getByRole('button', { name: 'Add a block' }).click()

  await app.getByRole('button', { name: 'Save as template' }).click()
  const dialog = app.getByRole('dialog', { name: 'Save as template' })
  const name = dialog.getByRole('textbox', { name: 'Name of the new template' })
  // Focused, with the session title suggested and selected: typing replaces it.
  await expect(name).toBeFocused()
  await expect(name).toHaveValue('Grenoble working group')
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.keyboard.press('Delete')
  await app.keyboard.press('Enter')
  await expect(dialog).toContainText('Give the template a name.')
  await app.keyboard.type('  Working group, one block  ')
  await app.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(
    app.getByRole('status').filter({ hasText: 'Saved as the template “Working group, one block”.' })
  ).toBeVisible()

  await newSession(app, 'Second working group', 'Working group, one block')
  await expect(app.getByTestId('agenda-row')).toHaveCount(1)
  await app.getByRole('link', { name: 'Sessions' }).click()
  await expect(app.getByRole('link', { name: 'Second working group' })).toBeVisible()
  await expect(app.getByRole('link', { name: 'Grenoble working group' })).toBeVisible()
  expect(native).toEqual([])
})

test('delete a session through the confirm dialog: Escape keeps it, the named red button deletes it', async ({
  app
}) => {
  const native = nativeDialogs(app)
  await newSession(app, 'Sousse debrief')

  await app.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = app.getByRole('dialog', { name: 'Delete this session?' })
  await expect(dialog).toContainText('Delete “Sousse debrief”? You can undo this until Passerelle is closed.')
  await expect(dialog.getByRole('button', { name: 'Delete session' })).toBeFocused()
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(app.getByRole('heading', { level: 2, name: 'Sousse debrief' })).toBeVisible()

  await app.getByRole('button', { name: 'Delete', exact: true }).click()
  await dialog.getByRole('button', { name: 'Delete session' }).click()
  await expect(app.getByTestId('undo-delete')).toContainText('“Sousse debrief” was deleted.')
  await expect(app.getByRole('link', { name: 'Sousse debrief' })).toHaveCount(0)
  expect(native).toEqual([])
})

test('delete one of your own Library items through the confirm dialog, in French', async ({ app }) => {
  const native = nativeDialogs(app)
  await app.getByTestId('language-select').selectOption('fr')
  await app.getByRole('link', { name: 'Bibliothèque' }).click()
  await app.getByRole('button', { name: 'Ajouter un élément à vous' }).click()
  const form = app.getByRole('dialog', { name: 'Nouvel élément à vous' })
  await form.getByLabel('Titre').fill('Ma leçon')
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  const heading = app.getByTestId('item-view').getByRole('heading', { name: 'Ma leçon' })
  await expect(heading).toBeVisible()

  await app.getByTestId('item-view').getByRole('button', { name: 'Supprimer', exact: true }).click()
  const dialog = app.getByRole('dialog', { name: 'Supprimer votre élément\u00a0?' })
  await expect(dialog).toContainText('Supprimer «\u00a0Ma leçon\u00a0» et sa note\u00a0?')
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(heading).toHaveCount(0)
  expect(native).toEqual([])
})
