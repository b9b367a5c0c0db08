import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { PDF_STRINGS } from '../../src/shared/pdf/strings'
import { flatText, readDocx, styled } from '../support/docx'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession, STORYTELLING_IN_ROOM } from './session-steps'

const RESOURCES = join(import.meta.dirname, '../../resources')
const flat = (s: string) => s.replace(/\s+/g, ' ')

async function capture(app: Page, text: string, consent: string, speaker = '') {
  await app.getByLabel('Consent', { exact: true }).selectOption({ label: consent })
  // Anonymous notes take no speaker (the field is then disabled).
  const who = app.getByLabel('Speaker or group (pseudonym)')
  if (await who.isEditable()) await who.fill(speaker)
  const input = app.getByTestId('capture-input')
  await input.fill(text)
  await input.press('Enter')
  await expect(input).toHaveValue('')
}

async function exportPdf(app: Page, document: RegExp, language: string, dir: string): Promise<string> {
  const dialog = app.getByRole('dialog', { name: 'Export this session' })
  await dialog.getByRole('radio', { name: document }).check()
  await dialog.getByLabel('Language of the document').selectOption({ label: language })
  const download = app.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = join(dir, (await download).suggestedFilename())
  await (await download).saveAs(file)
  await expect(dialog.getByTestId('export-done')).toBeVisible()
  expect(file).toMatch(/\.pdf$/)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** Export as Word (editable); the download's word/document.xml, read back. */
async function exportWord(app: Page, document: RegExp, language: string, dir: string) {
  const dialog = app.getByRole('dialog', { name: 'Export this session' })
  await dialog.getByRole('radio', { name: document }).check()
  const fileType = dialog.getByRole('radiogroup', { name: 'File type' })
  await fileType.getByRole('radio', { name: 'Word (editable)' }).check()
  await dialog.getByLabel('Language of the document').selectOption({ label: language })
  const download = app.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = join(dir, (await download).suggestedFilename())
  await (await download).saveAs(file)
  await expect(dialog.getByTestId('export-done')).toContainText(/\.docx$/)
  // Back to PDF for whatever the test exports next.
  await fileType.getByRole('radio', { name: 'PDF' }).check()
  return { file, ...readDocx(await readFile(file)) }
}

test('preview what consent lets out, then export the outcome brief in French, the cards in Spanish, and the brief as Word', async ({
  app
}) => {
  // Three exports and three accessibility scans on a two-core machine take most of a minute.
  test.setTimeout(120_000)
  const dir = await mkdtemp(join(tmpdir(), 'passerelle-export-'))
  await newSession(app, 'Atelier « accès » à Grenoble', STORYTELLING_IN_ROOM)
  await app.getByRole('link', { name: 'Run live' }).click()
  await app.getByRole('button', { name: 'Start the session' }).click()
  await capture(app, 'Le guichet ferme à midi : ça bloque l’accès', 'Shareable', 'Groupe Sud')
  await capture(app, 'SECRET-INTERNE ne doit jamais sortir', 'Internal')
  await capture(app, 'NEPASEXPORTER reste ici', 'Not for export')
  await capture(app, 'La médiatrice a aidé à la bibliothèque', 'Anonymous', 'Karim')
  await app.getByRole('link', { name: 'Back to planning' }).click()

  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export this session' })
  await expect(dialog.getByTestId('export-preview')).toContainText('2 of 4 notes will be included.')
  await expect(dialog.getByTestId('export-preview')).toContainText('1 internal note stays in the notebook.')
  await expect(dialog.getByTestId('export-preview')).toContainText('1 note marked “not for export” stays')

  // Each document is previewed for what it holds: the cards carry no notes, the pack has its parts.
  const preview = dialog.getByTestId('export-preview')
  await dialog.getByRole('radio', { name: /^Printable cards/ }).check()
  await expect(preview).toContainText(/\d+ cards on \d+ pages, four to a page/)
  await expect(preview).toContainText('(the sample personas: the session has none of its own)')
  await expect(preview).not.toContainText(/\bnotes?\b/i)
  await dialog.getByLabel('Language of the document').selectOption({ label: 'Français' })
  await expect(preview.locator('[lang="fr"]').first()).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  await dialog.getByRole('radio', { name: /^Facilitator pack/ }).check()
  await expect(preview).toContainText(/Run sheet: \d+ agenda blocks/)
  await expect(preview).toContainText('The consent script to read aloud')
  await expect(preview).not.toContainText('will be included')
  await dialog.getByRole('radio', { name: /^Outcome brief/ }).check()
  await expect(preview).toContainText('2 of 4 notes will be included.')

  const brief = await exportPdf(app, /^Outcome brief/, 'Français', dir)
  expect(brief).toContain('Note de synthèse')
  expect(brief).toContain('Atelier « accès » à Grenoble')
  expect(brief).toContain('Le guichet ferme à midi')
  expect(brief).toContain('La médiatrice a aidé')
  expect(brief).not.toContain('SECRET-INTERNE')
  expect(brief).not.toContain('NEPASEXPORTER')
  // Chatham House by default: nobody is named.
  expect(brief).not.toContain('Groupe Sud')
  expect(brief).not.toContain('Karim')

  expect(await seriousA11yViolations(app)).toEqual([])
  const cards = await exportPdf(app, /^Printable cards/, 'Español', dir)
  expect(cards).toContain('Tarjetas para imprimir')
  expect(cards).not.toContain('SECRET-INTERNE')

  // The same brief as a Word file to rework: the same notes in and out, headings Word knows.
  const word = await exportWord(app, /^Outcome brief/, 'Español', dir)
  expect(word.file).toMatch(/Atelier « accès » à Grenoble — Informe de resultados — \d{4}-\d{2}-\d{2}\.docx$/)
  expect(styled(word.document, 'Title')).toEqual(['Atelier « accès » à Grenoble'])
  expect(styled(word.document, 'Heading1')).toContain(PDF_STRINGS.es.insights.title)
  const text = flatText(word.document)
  expect(text).toContain('Le guichet ferme à midi')
  expect(text).toContain('La médiatrice a aidé')
  for (const held of ['SECRET-INTERNE', 'NEPASEXPORTER', 'Groupe Sud', 'Karim'])
    expect(text).not.toContain(held)
  expect(await seriousA11yViolations(app)).toEqual([])
  await rm(dir, { recursive: true, force: true })
})

test('a sample persona added in French prints in English on English cards', async ({ app }) => {
  const dir = await mkdtemp(join(tmpdir(), 'passerelle-export-'))
  const catalog = JSON.parse(await readFile(join(RESOURCES, 'planning/catalog.json'), 'utf8')) as {
    personas: { id: string; story: Record<string, string>; gender: Record<string, string> }[]
  }
  const dorin = catalog.personas.find((p) => p.id === 'persona-dorin')!
  await newSession(app, 'Atelier Dorin')
  await app.getByTestId('language-select').selectOption('fr')
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr')
  await app.getByRole('tab', { name: /^Personas/ }).click()
  await app.getByLabel('Personas d’exemple').selectOption('persona-dorin')
  await app.getByRole('button', { name: 'Ajouter cet exemple' }).click()
  await expect(app.getByTestId('persona-card')).toContainText(dorin.story.fr!.slice(0, 30))
  await app.getByTestId('language-select').selectOption('en')
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')

  await app.getByRole('button', { name: 'Export…' }).click()
  const cards = flat(await exportPdf(app, /^Printable cards/, 'English', dir))
  expect(cards).toContain(`Gender: ${dorin.gender.en}`)
  expect(cards).not.toContain(dorin.gender.fr)
  expect(cards).toContain(flat(dorin.story.en!.slice(0, 30)))
  expect(cards).not.toContain(flat(dorin.story.fr!.slice(0, 30)))
  await rm(dir, { recursive: true, force: true })
})
