import { expect, seriousA11yViolations, test } from './fixtures'
import { storedSession } from './stored'
import { newSession, STORYTELLING_IN_ROOM } from './session-steps'

test('after the session: cluster notes by keyboard and by drag, count dots, agree actions; all there after reload', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Synthesis day', STORYTELLING_IN_ROOM)
  await app.getByRole('link', { name: 'Run live' }).click()
  const input = app.getByTestId('capture-input')
  const texts = [
    'Forms only in French',
    'Helpful mediator at the library',
    'Queue starts at 6 am',
    'Kids translate'
  ]
  for (const [i, text] of texts.entries()) {
    await input.fill(text)
    await input.press('Enter')
    await expect(app.getByTestId('capture-count')).toHaveText(`${i + 1} ${i === 0 ? 'note' : 'notes'}`)
  }
  await app.getByRole('link', { name: 'Synthesis' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Synthesis: Synthesis day' })).toBeVisible()
  const unsorted = app.getByTestId('unsorted')
  await expect(unsorted.getByTestId('synthesis-note')).toHaveCount(4)

  for (const name of ['Language barriers', 'Waiting']) {
    await app.getByLabel('New cluster').fill(name)
    await app.getByLabel('New cluster').press('Enter')
    await expect(app.getByRole('region', { name: `Cluster: ${name}` })).toBeVisible()
  }
  const language = app.getByRole('region', { name: 'Cluster: Language barriers' })
  const waiting = app.getByRole('region', { name: 'Cluster: Waiting' })

  // Keyboard only: the "Move to" menu (Enter opens it, Enter picks).
  const moveTo = async (text: string, place: string) => {
    await app.getByRole('button', { name: `Move “${text}” to` }).press('Enter')
    await app.getByRole('menuitemradio', { name: place }).press('Enter')
  }
  await moveTo('Forms only in French', 'Language barriers')
  await expect(language.getByTestId('synthesis-note')).toHaveCount(1)
  await moveTo('Kids translate', 'Language barriers')
  await expect(language.getByTestId('synthesis-note')).toHaveCount(2)

  // Drag with the mouse onto the other cluster.
  const handle = app.getByRole('button', { name: 'Drag “Queue starts at 6 am” to a cluster' })
  const from = (await handle.boundingBox())!
  const to = (await waiting.boundingBox())!
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await app.mouse.down()
  await app.mouse.move(from.x + 20, from.y + 20, { steps: 5 })
  await app.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 })
  await app.mouse.up()
  await expect(waiting.getByTestId('synthesis-note')).toHaveCount(1)
  await expect(unsorted.getByTestId('synthesis-note')).toHaveCount(1)

  // Dots from the room: three on a cluster, two on a note.
  for (let i = 0; i < 3; i++)
    await app.getByRole('button', { name: 'Add a dot to “Language barriers”' }).click()
  await expect(language.getByTestId('dots').first()).toHaveText('3 dots')
  for (let i = 0; i < 2; i++) await app.getByRole('button', { name: 'Add a dot to “Kids translate”' }).click()
  await expect(app.getByRole('button', { name: 'Remove a dot from “Kids translate”' })).toBeEnabled()

  // Rename a cluster and agree on an action.
  const nameField = waiting.getByLabel('Cluster name')
  await nameField.fill('Waiting times')
  await nameField.press('Enter')
  await expect(app.getByRole('region', { name: 'Cluster: Waiting times' })).toBeVisible()
  await app.getByRole('textbox', { name: /^Action/ }).fill('Translate the housing forms')
  await app.getByLabel('Owner', { exact: true }).fill('Housing office')
  await app.getByLabel('Due date', { exact: true }).fill('2027-01-31')
  await app.getByRole('button', { name: 'Add action' }).click()
  await expect(app.getByTestId('action-item')).toHaveCount(1)
  expect(await seriousA11yViolations(app)).toEqual([])

  await app.reload()
  await expect(
    app.getByRole('region', { name: 'Cluster: Language barriers' }).getByTestId('synthesis-note')
  ).toHaveCount(2)
  await expect(
    app.getByRole('region', { name: 'Cluster: Waiting times' }).getByTestId('synthesis-note')
  ).toHaveCount(1)
  await expect(app.getByTestId('action-item')).toContainText('Translate the housing forms')

  const file = await storedSession(dataDir)
  const byText = new Map(file.captures.map((n) => [n.text, n.id]))
  expect(file.synthesis.clusters).toEqual([
    {
      id: expect.any(String),
      name: 'Language barriers',
      noteIds: [byText.get('Forms only in French'), byText.get('Kids translate')],
      votes: 3
    },
    { id: expect.any(String), name: 'Waiting times', noteIds: [byText.get('Queue starts at 6 am')], votes: 0 }
  ])
  expect(file.synthesis.noteVotes).toEqual({ [byText.get('Kids translate')!]: 2 })
  expect(file.synthesis.actions).toMatchObject([
    { text: 'Translate the housing forms', owner: 'Housing office', due: '2027-01-31', done: false }
  ])
})
