import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startServerProcess } from '../support/server-process'
import { expect, seriousA11yViolations, test } from './fixtures'

const notebook = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, 'notebook', 'notebook.json'), 'utf8')) as {
    settings: { language: string | null; welcomeDismissed: boolean }
  }

test.describe('a French browser, first run', () => {
  test.use({ locale: 'fr-FR' })

  test('gets French from the first paint, and the welcome; English once chosen, from then on', async ({
    app,
    dataDir
  }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(app.getByRole('navigation', { name: 'Rubriques principales' })).toBeVisible()
    const welcome = app.getByRole('region', { name: 'Bienvenue dans Passerelle' })
    await expect(welcome).toBeVisible()
    await expect(welcome).toContainText('Tout ce que vous écrivez reste sur cet ordinateur.')
    await expect(app.getByRole('heading', { level: 2, name: 'Bibliothèque' })).toBeVisible()
    expect(await seriousA11yViolations(app)).toEqual([])
    // Nobody chose yet: the notebook keeps saying so, and follows the browser.
    expect((await notebook(dataDir)).settings.language).toBeNull()

    await app.getByTestId('language-select').selectOption('en')
    await expect(app.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
    expect((await notebook(dataDir)).settings.language).toBe('en')
    await app.reload()
    await expect(app.locator('html[data-ready="true"]')).toBeAttached()
    await expect(app.locator('html')).toHaveAttribute('lang', 'en')
    await expect(app.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  })
})

test.describe('a Spanish browser, first run', () => {
  test.use({ locale: 'es-MX' })

  test('gets Spanish', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'es')
    await expect(app.getByRole('region', { name: 'Te damos la bienvenida a Passerelle' })).toBeVisible()
    await expect(app.getByRole('heading', { level: 2, name: 'Biblioteca' })).toBeVisible()
  })
})

test('the welcome: three starts; hidden, it stays hidden after a reload; About brings it back', async ({
  app,
  dataDir
}) => {
  const welcome = app.getByRole('region', { name: 'Welcome to Passerelle' })
  await expect(welcome).toBeVisible()
  await expect(welcome).toContainText('Everything you write stays on this computer.')

  // Plan a session: the new-session dialog, with the storytelling template chosen.
  await welcome.getByRole('button', { name: 'Plan from a template' }).click()
  const dialog = app.getByRole('dialog', { name: 'New session' })
  await expect(dialog.getByLabel('Start from')).toHaveValue('storytelling-accessibility-in-room')
  await expect(dialog.getByLabel('Title')).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Open a session file: the file picker of the session import.
  const chooser = app.waitForEvent('filechooser')
  await welcome.getByRole('button', { name: 'Open a session file…' }).click()
  expect((await chooser).isMultiple()).toBe(false)

  // Read the note: focus moves into the note.
  await welcome.getByRole('button', { name: 'Open the note' }).click()
  await expect(app.getByTestId('item-view')).toBeFocused()

  // Hidden with the keyboard, remembered on disk and across a reload.
  await welcome.getByRole('button', { name: 'Hide the welcome' }).focus()
  await app.keyboard.press('Enter')
  await expect(welcome).toBeHidden()
  await expect(app.locator('#main')).toBeFocused()
  expect((await notebook(dataDir)).settings.welcomeDismissed).toBe(true)
  await app.reload()
  await expect(app.locator('html[data-ready="true"]')).toBeAttached()
  await expect(app.getByTestId('item-view')).toBeVisible()
  await expect(welcome).toBeHidden()

  // Back from About, from another screen.
  await app.getByRole('link', { name: 'Sessions' }).click()
  await app.getByRole('button', { name: 'About Passerelle' }).click()
  await app
    .getByRole('dialog', { name: 'About Passerelle' })
    .getByRole('button', { name: 'Show the welcome again' })
    .click()
  await expect(app.getByRole('heading', { level: 2, name: 'Welcome to Passerelle' })).toBeFocused()
  await expect(app.getByRole('heading', { level: 2, name: 'Library' })).toBeVisible()
  expect((await notebook(dataDir)).settings.welcomeDismissed).toBe(false)
})

test('after the server restarts on the same data folder, the old tab comes back with one reload', async ({
  app,
  server,
  dataDir
}) => {
  // The Sessions screen has been seen once (its code is here), then the server stops.
  await app.getByRole('link', { name: 'Sessions' }).click()
  await expect(app.getByTestId('sessions-empty')).toBeVisible()
  await app.getByRole('link', { name: 'Library' }).click()
  await expect(app.getByTestId('item-view')).toBeVisible()
  await server.stop()

  // Meanwhile: one message, saying what to do.
  await app.getByRole('link', { name: 'Sessions' }).click()
  const banner = app.getByTestId('outage-banner')
  await expect(banner).toContainText('Passerelle’s local server is not answering.')
  await expect(banner).toContainText('If it prints a different address, open that address instead.')
  await expect(app.getByRole('alert')).toHaveCount(1)

  const again = await startServerProcess(dataDir, ['--port', String(server.port)])
  try {
    expect(again.url).toBe(server.url)
    await banner.getByRole('button', { name: 'Reload' }).click()
    await expect(app.locator('html[data-ready="true"]')).toBeAttached()
    await expect(app.getByRole('heading', { level: 2, name: 'Sessions' })).toBeVisible()
    await expect(app.getByTestId('sessions-empty')).toContainText('No sessions yet')
    await expect(app.getByRole('alert')).toHaveCount(0)
  } finally {
    await again.stop()
  }
})

test('a tab whose key is not the server’s says so once, and what to open', async ({
  page,
  server,
  outsideRequests
}) => {
  void outsideRequests
  await page.goto(`${server.origin}/?token=${'x'.repeat(32)}`)
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  await page.getByRole('link', { name: 'Sessions' }).click()
  await expect(page.getByRole('alert')).toHaveCount(1)
  await expect(page.getByRole('alert')).toContainText(
    'This page is missing its access key. Open the address printed when Passerelle started.'
  )
})
