import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, seriousA11yViolations, test } from './fixtures'

test('the shell loads with navigation, empty states and no token left in the address bar', async ({
  app
}) => {
  await expect(app.getByRole('navigation', { name: 'Main sections' })).toBeVisible()
  await expect(app.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  await expect(app.getByTestId('item-view')).toContainText('Local Citizenship and Migration')
  expect(app.url()).not.toContain('token=')
  await app.getByRole('link', { name: 'Sessions' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Sessions' })).toBeVisible()
  await expect(app.getByTestId('sessions-empty')).toContainText('No sessions yet')
  await expect(app).toHaveTitle('Sessions · Passerelle')
})

test('a screen whose code cannot load says so in the user’s words; the shell keeps working', async ({
  app
}) => {
  // As if the file were missing from the bundle: every request for the Settings chunk fails.
  await app.route('**/assets/SettingsPage-*.js', (route) => route.abort())
  await app.reload()
  await expect(app.locator('html[data-ready="true"]')).toBeAttached()
  await app.getByRole('link', { name: 'Settings' }).click()
  await expect(app.getByRole('alert')).toContainText(
    'This screen could not load. Reload the page to try again.'
  )
  await expect(app.getByRole('button', { name: 'Reload' })).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.getByTestId('language-select').selectOption('es')
  await expect(app.getByRole('alert')).toContainText('No se ha podido cargar esta pantalla.')
  await app.getByRole('link', { name: 'Biblioteca' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Biblioteca' })).toBeVisible()
  await expect(app.getByRole('alert')).toHaveCount(0)
})

test('switching to Français persists across reload and is written to the notebook on disk', async ({
  app,
  dataDir
}) => {
  await app.getByLabel('Language').first().selectOption('fr')
  await expect(app.getByRole('heading', { level: 2, name: 'Bibliothèque' })).toBeVisible()
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr')
  const onDisk = JSON.parse(await readFile(join(dataDir, 'notebook', 'notebook.json'), 'utf8'))
  expect(onDisk.settings.language).toBe('fr')

  await app.reload()
  await expect(app.locator('html[data-ready="true"]')).toBeAttached()
  await expect(app.getByRole('heading', { level: 2, name: 'Bibliothèque' })).toBeVisible()
  await expect(app.getByRole('link', { name: 'Séances' })).toBeVisible()
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr')

  await app.getByRole('link', { name: 'Réglages' }).click()
  await app.getByRole('radio', { name: 'Español' }).check()
  await expect(app.getByRole('heading', { level: 2, name: 'Ajustes' })).toBeVisible()
  await expect(app.getByRole('status').filter({ hasText: 'Ajustes guardados.' })).toBeVisible()
})

test('everything is reachable with the keyboard alone, starting with the skip link', async ({ app }) => {
  await app.keyboard.press('Tab')
  const skip = app.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(app.locator('#main')).toBeFocused()
  await app.getByRole('link', { name: 'Settings' }).focus()
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible()
  await app.getByRole('button', { name: 'About Passerelle' }).focus()
  await app.keyboard.press('Enter')
  const dialog = app.getByRole('dialog', { name: 'About Passerelle' })
  await expect(dialog).toBeVisible()
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('the About panel shows the version, the data folder and the note’s attribution', async ({
  app,
  dataDir
}) => {
  await app.getByRole('button', { name: 'About Passerelle' }).click()
  const dialog = app.getByRole('dialog', { name: 'About Passerelle' })
  await expect(dialog.getByTestId('data-folder')).toHaveText(dataDir)
  await expect(dialog).toContainText(/Version \d+\.\d+\.\d+/)
  await expect(dialog).toContainText('Browser mode (local only, 127.0.0.1)')
  await expect(dialog).toContainText('Peer Learning Note #28')
})

for (const language of ['en', 'es', 'fr'] as const) {
  test(`axe finds no serious violations on any screen (${language})`, async ({ app }) => {
    if (language !== 'en') {
      await app
        .getByLabel(/Language|Idioma|Langue/)
        .first()
        .selectOption(language)
      await expect(app.locator('html')).toHaveAttribute('lang', language)
    }
    for (const hash of ['#/library', '#/sessions', '#/settings']) {
      await app.evaluate((h) => (window.location.hash = h), hash)
      await app.waitForTimeout(100)
      expect(await seriousA11yViolations(app), hash).toEqual([])
    }
    await app.getByRole('button', { name: /About|Acerca|À propos/ }).click()
    await expect(app.getByRole('dialog')).toBeVisible()
    expect(await seriousA11yViolations(app), 'about dialog').toEqual([])
  })
}

test('a page without the token shows a clear message instead of data', async ({
  page,
  server,
  outsideRequests
}) => {
  void outsideRequests
  await page.goto(server.origin + '/')
  await expect(page.getByRole('alert')).toContainText('missing its access key')
})
