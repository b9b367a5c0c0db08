import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, seriousA11yViolations, test } from './fixtures'

const FIXTURES = join(import.meta.dirname, '../fixtures/packs')

async function chooseLanguage(page: Page, lang: 'en' | 'es' | 'fr') {
  await page.getByTestId('language-select').selectOption(lang)
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

async function listTree(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name !== '.lock') {
      const path = join(entry.parentPath, entry.name)
      out.push(`${path}:${(await readFile(path)).toString('base64')}`)
    }
  }
  return out.sort()
}

test('read Barcelona in Spanish, then side by side French | English', async ({ app }) => {
  await chooseLanguage(app, 'es')
  const toc = app.getByRole('navigation', { name: 'Contenido de la biblioteca' })
  await toc.getByRole('link', { name: 'Barcelona, España' }).click()
  const reader = app.getByTestId('item-view')
  await expect(reader.getByRole('heading', { level: 3, name: 'Barcelona, España' })).toBeVisible()
  await expect(reader).toContainText('documento de vecindad')
  await expect(reader.getByTestId('item-column-es')).toHaveAttribute('lang', 'es')

  await reader.getByText('En paralelo').click()
  await reader.getByLabel('Columna izquierda').selectOption('fr')
  await reader.getByLabel('Columna derecha').selectOption('en')
  await expect(reader.getByTestId('item-column-fr').getByRole('heading', { level: 3 })).toHaveText(
    'Barcelone, Espagne'
  )
  await expect(reader.getByTestId('item-column-en').getByRole('heading', { level: 3 })).toHaveText(
    'Barcelona, Spain'
  )
  expect(await seriousA11yViolations(app)).toEqual([])
})

test('provenance badges name the tier and list sources as text', async ({ app }) => {
  await app
    .getByRole('navigation', { name: 'Contents of the library' })
    .getByRole('link', { name: 'Barcelona, Spain' })
    .click()
  const badge = app
    .getByTestId('item-view')
    .getByRole('button', { name: /Source: Context — not from the note/ })
    .first()
  await badge.click()
  await expect(app.getByRole('dialog').or(app.locator('.mantine-Popover-dropdown')).first()).toContainText(
    'not evidence of what the note says'
  )
  await expect(app.locator('.mantine-Popover-dropdown').first()).toContainText('https://')
  expect(await app.locator('.mantine-Popover-dropdown a[href]').count()).toBe(0)
})

test('side by side at laptop width, every provenance badge reads in full (French)', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 820 })
  await chooseLanguage(app, 'fr')
  await app
    .getByRole('navigation', { name: 'Sommaire de la bibliothèque' })
    .getByRole('link', { name: 'Barcelone, Espagne' })
    .click()
  const reader = app.getByTestId('item-view')
  await reader.getByText('Côte à côte').click()
  await expect(reader.getByTestId('item-column-en')).toBeVisible()
  const badges = reader.locator('.provenance')
  expect(await badges.count()).toBeGreaterThan(4)
  await expect(badges.filter({ hasText: 'Contexte — hors de la note' }).first()).toBeVisible()
  // Nothing clipped: no badge (nor its label) is wider inside than the room it was given.
  const clipped = await badges.evaluateAll((nodes) =>
    nodes
      .flatMap((n) => [n, ...Array.from(n.querySelectorAll('*'))])
      .filter((n) => n.scrollWidth > n.clientWidth + 1)
      .map((n) => n.textContent)
  )
  expect(clipped).toEqual([])
  await badges.nth(2).scrollIntoViewIfNeeded()
  await app.screenshot({ path: test.info().outputPath('library-side-by-side-fr.png') })
})

test('search is accent- and case-insensitive, highlights matches and lands on the item', async ({ app }) => {
  const search = app.getByRole('searchbox', { name: 'Search the library' })
  await search.fill('VECINDAD')
  const hits = app.getByTestId('search-hit')
  await expect(hits.first()).toBeVisible()
  await hits.filter({ hasText: 'Barcelona, Spain' }).click()
  const reader = app.getByTestId('item-view')
  await expect(reader.getByRole('heading', { level: 3, name: 'Barcelona, Spain' })).toBeVisible()
  await expect(reader.locator('mark').first()).toHaveText(/vecindad/i)

  await chooseLanguage(app, 'fr')
  await app.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('region')
  await expect(app.getByTestId('search-hit').first()).toBeVisible()
  await expect(
    app
      .getByTestId('search-hit')
      .locator('mark')
      .filter({ hasText: /^région/i })
      .first()
  ).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
})

test('all languages, in French: each item once, in French when it matches, other languages named in French', async ({
  app
}) => {
  await chooseLanguage(app, 'fr')
  await app.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('padrón')
  await app.getByText('Toutes les langues').click()
  const hits = app.getByTestId('search-hit')
  await expect(hits.filter({ hasText: 'Barcelone, Espagne' })).toHaveCount(1)
  await expect(hits.filter({ hasText: 'Barcelona, España' })).toHaveCount(0)
  await expect(hits.filter({ hasText: 'Barcelona, Spain' })).toHaveCount(0)

  // A word only the Spanish texts use: the hits are Spanish, and say so in French.
  await app.getByRole('searchbox', { name: 'Rechercher dans la bibliothèque' }).fill('vecinos')
  await expect(hits.first()).toContainText('en espagnol')
  await expect(app.getByRole('region', { name: 'Résultats de la recherche' })).not.toContainText(
    /Español|English|Français/
  )
  expect(await seriousA11yViolations(app)).toEqual([])
})

test('the nine lessons are not invented: the app says their wording is not available', async ({ app }) => {
  const toc = app.getByRole('navigation', { name: 'Contents of the library' })
  await toc.getByRole('button', { name: /The nine key lessons/ }).click()
  await toc.getByRole('link', { name: 'The nine key lessons' }).click()
  await expect(app.getByTestId('item-view')).toContainText(/section 5/i)
  await expect(app.getByTestId('item-view')).not.toContainText(/Lesson [1-9]\s*[:.]/)
})

test('an annotation and an own item persist across reload, and are searchable', async ({ app, dataDir }) => {
  await app
    .getByRole('navigation', { name: 'Contents of the library' })
    .getByRole('link', { name: 'Grenoble, France' })
    .click()
  const note = app.getByTestId('annotation').getByLabel('Note')
  await note.fill('Ask the Grenoble delegation about the CCREG budget.')
  await app.getByRole('button', { name: 'Save note' }).click()
  await expect(app.getByTestId('annotation')).toContainText('Note saved.')

  await app.getByRole('button', { name: 'Add your own item' }).click()
  const dialog = app.getByRole('dialog', { name: 'New item of your own' })
  await dialog.getByLabel('Title').fill('Lesson 4 in my words: start from residence')
  await dialog.getByLabel('Text').fill('Rights follow residence in the city, not nationality.')
  await dialog.getByLabel('Purpose').selectOption('shared-vision')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(
    app.getByTestId('item-view').getByRole('heading', { name: 'Lesson 4 in my words: start from residence' })
  ).toBeVisible()

  await app.reload()
  await expect(app.locator('html[data-ready="true"]')).toBeAttached()
  await app.getByRole('searchbox', { name: 'Search the library' }).fill('CCREG budget')
  await app.getByTestId('search-hit').filter({ hasText: 'Grenoble' }).first().click()
  await expect(app.getByTestId('annotation').getByLabel('Note')).toHaveValue(
    'Ask the Grenoble delegation about the CCREG budget.'
  )
  await app.getByRole('searchbox', { name: 'Search the library' }).fill('residence')
  await expect(app.getByTestId('search-hit').filter({ hasText: 'Lesson 4 in my words' })).toBeVisible()

  const library = JSON.parse(await readFile(join(dataDir, 'notebook', 'library.json'), 'utf8'))
  expect(library.ownItems[0]).toMatchObject({
    title: 'Lesson 4 in my words: start from residence',
    purpose: 'shared-vision'
  })
  expect(library.annotations[0].text).toBe('Ask the Grenoble delegation about the CCREG budget.')
})

test('a valid pack imports after a preview; a hostile or incomplete one is refused and changes nothing', async ({
  app,
  dataDir
}) => {
  const importFile = async (name: string) => {
    const chooser = app.waitForEvent('filechooser')
    await app.getByTestId('import-pack').click()
    await (await chooser).setFiles(join(FIXTURES, name))
    return app.getByRole('dialog', { name: 'Import a content pack' })
  }

  const before = await listTree(dataDir)
  let dialog = await importFile('hostile-proto.json')
  await expect(dialog.getByRole('alert')).toContainText('could be used to tamper with the application')
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  dialog = await importFile('missing-language.json')
  await expect(dialog.getByRole('alert')).toContainText('missing text in English, Spanish or French')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await listTree(dataDir)).toEqual(before)
  expect(await app.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined()

  dialog = await importFile('valid-mini.json')
  await expect(dialog).toContainText('Demo pack on welcoming cities')
  await expect(dialog).toContainText('One item')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('status')).toContainText('Imported')
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await app.getByRole('searchbox', { name: 'Search the library' }).fill('guichet')
  await app.getByText('All languages').click()
  await expect(app.getByTestId('search-hit').filter({ hasText: 'Guichets d’accueil' })).toBeVisible()
  expect(await readdir(join(dataDir, 'notebook', 'packs'))).toEqual(['demo-mini.json'])
})
