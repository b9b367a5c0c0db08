import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { api } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'

type Server = { origin: string; token: string }
interface Note {
  text: string
  type?: string
  consent?: string
}

/** A session made through the API, the way the planner and live mode would leave it. */
async function sessionWith(
  app: Page,
  server: Server,
  title: string,
  place: string,
  date: string,
  notes: Note[]
) {
  const s = await api<{ id: string }>(app, server, 'sessions:create', { title })
  await api(app, server, 'sessions:update', { id: s.id, details: { place, date } })
  for (const n of notes)
    await api(app, server, 'captures:add', {
      sessionId: s.id,
      type: n.type ?? 'insight',
      text: n.text,
      blockId: null,
      speaker: null,
      tags: [...n.text.matchAll(/#([\p{L}-]+)/gu)].map((m) => m[1]!.toLowerCase()),
      ...(n.consent ? { consent: n.consent } : {})
    })
  return s.id
}

test.setTimeout(120_000)

test('Insights across three sessions: import two labelled, search without accents, filter, save and reopen a view, build a board', async ({
  app,
  server
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'passerelle-insights-'))
  await sessionWith(app, server, 'Atelier Grenoble', 'Grenoble', '2024-11-20', [
    { text: 'Le guichet unique a simplifié les démarches #logement' },
    { text: 'SECRET-INTERNE liste de contacts', consent: 'internal' }
  ])
  // Two colleagues' sessions, exported as files, then gone from this notebook: they come back by import.
  const files: string[] = []
  for (const [title, place, date, notes] of [
    [
      'Vivienda en Valencia',
      'Valencia',
      '2025-03-04',
      [
        { text: 'Acceso a la información en árabe #vivienda', type: 'barrier' },
        { text: 'Mediadores vecinales en cada barrio #vivienda', type: 'enabler' }
      ]
    ],
    ['Sousse peer learning', 'Sousse', '2026-02-02', [{ text: 'Municipal ID card opens doors #vivienda' }]]
  ] as const) {
    const id = await sessionWith(app, server, title, place, date, [...notes])
    const file = await api<{ base64: string; fileName: string }>(app, server, 'export:file', {
      sessionId: id,
      jobId: `job-${id}`,
      format: 'json',
      language: 'en',
      pageSize: 'A4'
    })
    const path = join(dir, file.fileName)
    await writeFile(path, Buffer.from(file.base64, 'base64'))
    files.push(path)
    await api(app, server, 'sessions:erase', { id })
  }

  await app.getByRole('link', { name: 'Insights' }).click()
  await app.getByTestId('import-batch').locator('xpath=preceding-sibling::input[1]').setInputFiles(files)
  const dialog = app.getByRole('dialog', { name: 'Import colleagues’ sessions' })
  await expect(dialog).toContainText('2 files chosen.')
  await dialog.getByLabel('Imported from').fill('Red MC2CM — Marta')
  await dialog.getByRole('button', { name: 'Import 2 sessions' }).click()
  await expect(dialog.getByTestId('import-outcomes')).toContainText('imported as “Vivienda en Valencia”')
  await expect(dialog.getByTestId('import-outcomes')).toContainText('imported as “Sousse peer learning”')
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()

  const count = app.getByTestId('insights-count')
  await expect(count).toHaveText('5 notes of 5')
  // The internal note is there for the facilitator, and marked.
  await expect(app.getByTestId('insight-row').filter({ hasText: 'SECRET-INTERNE' })).toContainText(
    'Internal: never exported'
  )

  // Spanish without its accents, in capitals: "información" is found and highlighted.
  await app.getByTestId('insights-search').fill('INFORMACION arabe')
  await expect(count).toHaveText('1 note of 5')
  await expect(app.getByTestId('insight-row').locator('mark').first()).toHaveText('información')
  await app.getByTestId('insights-search').fill('')
  await expect(count).toHaveText('5 notes of 5')

  // Filter by city and tag; the origin label is a facet too.
  await app
    .getByTestId('facet-place')
    .getByLabel(/Valencia/)
    .check()
  await expect(count).toHaveText('2 notes of 5')
  await app
    .getByTestId('facet-tag')
    .getByLabel(/#vivienda/)
    .check()
  await app
    .getByTestId('facet-type')
    .getByLabel(/Barrier/)
    .check()
  await expect(count).toHaveText('1 note of 5')
  await app
    .getByTestId('facet-type')
    .getByLabel(/Barrier/)
    .uncheck()
  await expect(app.getByTestId('facet-origin')).toContainText('Red MC2CM — Marta')
  expect(await seriousA11yViolations(app)).toEqual([])

  await app.getByTestId('save-view').click()
  const naming = app.getByRole('dialog', { name: 'Save this view' })
  await naming.getByLabel('Name of the view').fill('Vivienda Valencia')
  await naming.getByRole('button', { name: 'Save' }).click()
  await expect(app.getByTestId('saved-views')).toHaveText('Saved views (1)')

  // The view is in the address: reopened elsewhere, it shows the same notes with the same filters.
  const address = app.url()
  expect(address).toContain('place=Valencia')
  await app.getByRole('link', { name: 'Library' }).click()
  await app.goto(address)
  await expect(count).toHaveText('2 notes of 5')
  await expect(app.getByTestId('facet-place').getByLabel(/Valencia/)).toBeChecked()
  // And from the saved views menu, after clearing.
  await app.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(count).toHaveText('5 notes of 5')
  await app.getByTestId('saved-views').click()
  await app.getByRole('menuitem', { name: 'Vivienda Valencia' }).click()
  await expect(count).toHaveText('2 notes of 5')

  // A board from the whole notebook: two themes, notes from different sessions placed in them.
  await app.getByRole('button', { name: 'Clear search and filters' }).click()
  await app.getByTestId('boards-menu').click()
  await app.getByTestId('new-board').click()
  const boardDialog = app.getByRole('dialog', { name: 'New cross-session board' })
  await boardDialog.getByLabel('Name of the board').fill('Vivienda 2024–2026')
  await boardDialog.getByRole('button', { name: 'Create board' }).click()
  await expect(app.getByRole('heading', { name: 'Vivienda 2024–2026' })).toBeVisible()
  for (const theme of ['Acceso', 'Mediación']) {
    await app.getByTestId('new-theme').fill(theme)
    await app.getByRole('button', { name: 'Add theme' }).click()
    await expect(app.getByRole('region', { name: theme })).toBeVisible()
  }
  const place = async (text: string, theme: string) =>
    app
      .getByTestId('insight-list')
      .getByTestId('insight-row')
      .filter({ hasText: text })
      .getByTestId('place-select')
      .selectOption({ label: theme })
  await place('Acceso a la información', 'Acceso')
  await place('Municipal ID card', 'Acceso')
  await place('Mediadores vecinales', 'Mediación')
  await expect(app.getByRole('region', { name: 'Acceso' })).toContainText('2 notes (sessions: 2)')
  await expect(app.getByRole('region', { name: 'Mediación' })).toContainText('Mediadores vecinales')
  // Nothing failed, so nothing says so.
  await expect(app.getByRole('alert')).toHaveCount(0)
  // The internal note, placed on the board, must still never leave.
  await place('SECRET-INTERNE', 'Acceso')
  expect(await seriousA11yViolations(app)).toEqual([])

  // The cross-session brief in French: consent per note's own session, themes as French headings.
  await app.getByTestId('export-board').click()
  const exportDialog = app.getByRole('dialog', { name: 'Export the cross-session brief' })
  await expect(exportDialog.getByTestId('board-export-preview')).toContainText(
    '3 of 4 notes will be included.'
  )
  await expect(exportDialog.getByTestId('board-export-preview')).toContainText(
    '1 internal note stays in the notebook.'
  )
  await expect(exportDialog.getByRole('alert')).toHaveCount(0)
  await exportDialog.getByLabel('Language of the document').selectOption({ label: 'Français' })
  const download = app.waitForEvent('download')
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  const pdf = join(dir, (await download).suggestedFilename())
  await (await download).saveAs(pdf)
  expect(pdf).toMatch(/Vivienda 2024–2026 — .*\.pdf$/)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).not.toContain('SECRET-INTERNE')
  for (const words of ['Acceso', 'Mediación', 'Acceso a la información en árabe', 'Municipal ID card'])
    expect(text.replace(/\s+/g, ' ')).toContain(words)
  for (const city of ['Valencia', 'Sousse']) expect(text).toContain(city)
  // The brief's own headings are French.
  for (const heading of ['Synthèse transversale', 'Thème par thème', 'Couverture par séance'])
    expect(text).toContain(heading)
  await rm(dir, { recursive: true, force: true })
})

const SHOTS = process.env.E2E_SHOTS

test('Insights batch import with sealed files: one passphrase asked once, tried on each, refused files named', async ({
  app,
  server
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'passerelle-sealed-batch-'))
  const files: string[] = []
  // A plain export, one sealed to the passphrase the user will type, one sealed to another.
  for (const [title, passphrase] of [
    ['Atelier Grenoble', null],
    ['Sousse peer learning', 'clé USB pour Sousse'],
    ['Atelier Tunis', 'une autre clé, pour Tunis']
  ] as const) {
    const id = await sessionWith(app, server, title, title.split(' ').at(-1)!, '2026-02-02', [
      { text: `A note from ${title} #vivienda` }
    ])
    const file = await api<{ base64: string; fileName: string }>(app, server, 'export:file', {
      sessionId: id,
      jobId: `job-${id}`,
      format: 'json',
      language: 'en',
      pageSize: 'A4',
      ...(passphrase ? { passphrase } : {})
    })
    const path = join(dir, file.fileName)
    await writeFile(path, Buffer.from(file.base64, 'base64'))
    files.push(path)
    await api(app, server, 'sessions:erase', { id })
  }

  await app.getByRole('link', { name: 'Insights' }).click()
  await app.getByTestId('import-batch').locator('xpath=preceding-sibling::input[1]').setInputFiles(files)
  const dialog = app.getByRole('dialog', { name: 'Import colleagues’ sessions' })
  await dialog.getByRole('button', { name: 'Import 3 sessions' }).click()
  const outcomes = dialog.getByTestId('import-outcomes')
  await expect(outcomes).toContainText('imported as “Atelier Grenoble”')
  await expect(dialog).toContainText('2 files are encrypted and were not imported yet.')
  await expect(outcomes.getByText('encrypted file: waiting for its passphrase.')).toHaveCount(2)
  const field = dialog.getByLabel('Passphrase of the file')
  await expect(field).toBeFocused()
  expect(await seriousA11yViolations(app)).toEqual([])
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/insights-sealed-batch-asked.png` })

  await app.keyboard.type('clé USB pour Sousse')
  await app.keyboard.press('Enter')
  await expect(outcomes).toContainText('imported as “Sousse peer learning”')
  await expect(outcomes).toContainText('That passphrase is not the right one for this session file.')
  await expect(dialog).toContainText('One file is encrypted and was not imported yet.')
  await expect(dialog.getByRole('button', { name: 'Import the encrypted file' })).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/insights-sealed-batch.png` })

  // Closed with the last one left out: two sessions came in, the third did not.
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
  await expect(app.getByTestId('insights-count')).toHaveText('2 notes of 2')
  await expect(app.getByTestId('insight-list')).not.toContainText('Atelier Tunis')
  await rm(dir, { recursive: true, force: true })
})
