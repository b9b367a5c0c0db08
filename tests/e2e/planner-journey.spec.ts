import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '../../src/shared/planning/session'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession, STORYTELLING_IN_ROOM } from './session-steps'

/** The issue's "done when", as a new facilitator would do it, keyboard where it matters. */
test('storytelling session from the template: start time moves every block, keyboard reorder, links, persona, consent, reload', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Right to the city, storytelling', STORYTELLING_IN_ROOM)

  const times = () => app.getByTestId('agenda-time').allInnerTexts()
  const before = await times()
  expect(before[0]).toMatch(/^09:30–/)

  // Change the start time: every block moves by the same 45 minutes.
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Start time').fill('10:15')
  await app.getByLabel('Quotes may be attributed').check()
  await app
    .getByLabel('Consent note (read out at the start)')
    .fill('Personas are fictional; no one is asked about their own status.')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')
  await app.getByRole('tab', { name: 'Agenda' }).click()
  const shift = (range: string) =>
    range.replace(/(\d\d):(\d\d)/g, (_, h: string, m: string) => {
      const total = Number(h) * 60 + Number(m) + 45
      return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
    })
  expect(await times()).toEqual(before.map(shift))

  // Reorder with the keyboard: move the second block down one place.
  const secondTitle = await app.getByLabel('Title of block 2').inputValue()
  await app.getByRole('button', { name: `Move “${secondTitle}” down` }).focus()
  await app.keyboard.press('Enter')
  await expect(app.getByLabel('Title of block 3')).toHaveValue(secondTitle)

  // Link the Sousse case study and two prompts to the first block.
  const firstTitle = await app.getByLabel('Title of block 1').inputValue()
  await app.getByRole('button', { name: `Details of “${firstTitle}”` }).click()
  const details = app.getByRole('dialog', { name: `Block: ${firstTitle}` })
  const links = details.getByRole('combobox', { name: 'Linked items' })
  const wanted: Array<[string, string]> = [
    ['Sousse', 'Sousse, Tunisia'],
    ['passport', 'Living here, not passport'],
    ['words we use', 'The words we use']
  ]
  for (const [query, option] of wanted) {
    await links.fill(query)
    await app.getByRole('option', { name: option }).click()
  }
  await app.keyboard.press('Escape')
  await details.getByRole('button', { name: 'Save' }).click()
  const agenda = app.getByTestId('agenda')
  for (const name of ['Sousse, Tunisia', 'Living here, not passport', 'The words we use'])
    await expect(agenda.getByRole('link', { name })).toBeVisible()

  // Add a persona.
  await app.getByRole('tab', { name: /Personas/ }).click()
  await app.getByRole('button', { name: 'New persona' }).click()
  const form = app.getByRole('dialog', { name: 'New persona' })
  await form.getByLabel('Pseudonym').fill('Salma')
  await form.getByLabel('Age').fill('41')
  await form.getByLabel('Time since arrival').fill('3 years')
  await form.getByLabel('Group').fill('Group A')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(app.getByTestId('persona-card')).toContainText('Salma, 41')
  expect(await seriousA11yViolations(app)).toEqual([])

  // Reload: everything is still there, and the file on disk validates against the session schema.
  await app.reload()
  await expect(app.getByRole('heading', { level: 2, name: 'Right to the city, storytelling' })).toBeVisible()
  expect((await times())[0]).toMatch(/^10:15–/)
  await expect(app.getByLabel('Title of block 3')).toHaveValue(secondTitle)
  for (const name of ['Sousse, Tunisia', 'Living here, not passport', 'The words we use'])
    await expect(app.getByTestId('agenda').getByRole('link', { name })).toBeVisible()
  await expect(app.getByTestId('consent-summary')).toContainText('Quotes attributable')
  await app.getByRole('tab', { name: /Personas \(1\)/ }).click()
  await expect(app.getByTestId('persona-card')).toContainText('Group A')

  const index = JSON.parse(await readFile(join(dataDir, 'notebook', 'notebook.json'), 'utf8'))
  const file = JSON.parse(
    await readFile(join(dataDir, 'notebook', 'sessions', `${index.sessions[0].id}.json`), 'utf8')
  )
  const parsed = sessionSchema.safeParse(file)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  expect(file).toMatchObject({
    startTime: '10:15',
    consent: { attributableQuotes: true },
    personas: [{ name: 'Salma', age: 41, group: 'Group A' }]
  })
  // The template's own links come first; ours are appended.
  expect(file.blocks[0].links.slice(-3)).toEqual([
    'uclg-plm-28:case-sousse',
    'uclg-plm-28:prompt-residence-not-nationality',
    'uclg-plm-28:prompt-words-for-newcomers'
  ])
})
