import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { api, sessionIdOf } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'
import { newSession } from './session-steps'
import { agendaBlock } from '../support/agenda-block'

interface StoredSession {
  title: string
  objectives: string
  place: string
  blocks: Array<{ title: string }>
}

const stored = async (dataDir: string, id: string): Promise<StoredSession> =>
  JSON.parse(await readFile(join(dataDir, 'notebook', 'sessions', `${id}.json`), 'utf8')) as StoredSession

const block = (title: string, id: string) => agendaBlock(id, title)

test('two windows on one session: the stale one is told, the file keeps the first edit, the typed text is offered back', async ({
  app,
  server,
  dataDir
}) => {
  await newSession(app, 'Two windows')
  const id = sessionIdOf(app)
  const other = await app.context().newPage()
  await other.goto(server.url)
  await expect(other.locator('html[data-ready="true"]')).toBeAttached()
  await other.goto(`${server.origin}/#/sessions/${id}`)
  await expect(other.getByRole('heading', { level: 2, name: 'Two windows' })).toBeVisible()
  await other.getByRole('tab', { name: 'Details and consent' }).click()

  // Window A renames the session, then adds a block.
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Title').fill('Two windows in Sousse')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')
  await app.getByRole('tab', { name: 'Agenda' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await expect.poll(async () => (await stored(dataDir, id)).blocks.length).toBe(1)

  // Window B still shows the old version; what it types (saved as typed) must not overwrite A's edits.
  await other.getByLabel('Objectives').fill('Map the doors and walls of the town hall')
  const notice = other.getByTestId('conflict-notice')
  await expect(notice).toContainText('Changed elsewhere')
  await expect(notice.getByTestId('conflict-mine')).toContainText('Map the doors and walls of the town hall')
  await expect(other.getByLabel('Title')).toHaveValue('Two windows in Sousse')
  expect(await seriousA11yViolations(other)).toEqual([])
  expect(await stored(dataDir, id)).toMatchObject({ title: 'Two windows in Sousse', objectives: '' })
  expect((await stored(dataDir, id)).blocks).toHaveLength(1)

  // Re-applied, B's objectives join A's title and block: nothing is lost on either side.
  await notice.getByRole('button', { name: 'Re-apply my edits' }).click()
  await expect(other.getByLabel('Objectives')).toHaveValue('Map the doors and walls of the town hall')
  await expect(other.getByLabel('Title')).toHaveValue('Two windows in Sousse')
  await expect(other.getByTestId('details-status')).toHaveText('All changes saved on this computer.')
  expect(await stored(dataDir, id)).toMatchObject({
    title: 'Two windows in Sousse',
    objectives: 'Map the doors and walls of the town hall'
  })
  expect((await stored(dataDir, id)).blocks).toHaveLength(1)
})

test('restore a backup, then add a block: the restored agenda stays', async ({ app, server, dataDir }) => {
  await newSession(app, 'Restore then add')
  const id = sessionIdOf(app)
  await api(app, server, 'sessions:set-agenda', { id, blocks: [block('Welcome circle', 'blkWelcome1')] })
  const folder = join(dataDir, 'notebook', 'backups', id)
  await mkdir(folder, { recursive: true })
  await copyFile(
    join(dataDir, 'notebook', 'sessions', `${id}.json`),
    join(folder, '20260101T090000.000Z.json')
  )
  await api(app, server, 'sessions:set-agenda', {
    id,
    blocks: [block('Welcome circle', 'blkWelcome1'), block('Later block', 'blkLater001')]
  })
  await app.reload()
  await expect(app.getByTestId('agenda-row')).toHaveCount(2)

  await app.getByRole('button', { name: 'Backups' }).click()
  const dialog = app.getByRole('dialog', { name: 'Backups of this session' })
  await dialog.getByRole('button', { name: /^Restore the backup from/ }).click()
  await dialog.getByRole('button', { name: 'Yes, restore' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(app.getByTestId('agenda-row')).toHaveCount(1)

  await app.getByRole('button', { name: 'Add a block' }).click()
  await expect(app.getByTestId('agenda-row')).toHaveCount(2)
  await expect
    .poll(async () => (await stored(dataDir, id)).blocks.map((b) => b.title))
    .toEqual(['Welcome circle', 'New block'])
})

test('duplicate, then save the copy’s details: the copy keeps its own title, the original is untouched', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Original workshop')
  const original = sessionIdOf(app)
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await expect(app.getByLabel('Title')).toHaveValue('Original workshop')
  await app.getByRole('button', { name: 'Duplicate' }).click()
  await expect(app.getByRole('heading', { level: 2, name: 'Original workshop (copy)' })).toBeVisible()
  const copy = sessionIdOf(app)
  expect(copy).not.toBe(original)

  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await expect(app.getByLabel('Title')).toHaveValue('Original workshop (copy)')
  await app.getByLabel('Place (or “online”)').fill('Sousse, Dar Ben Achour')
  await expect(app.getByTestId('details-status')).toHaveText('All changes saved on this computer.')

  expect(await stored(dataDir, copy)).toMatchObject({
    title: 'Original workshop (copy)',
    place: 'Sousse, Dar Ben Achour'
  })
  expect(await stored(dataDir, original)).toMatchObject({ title: 'Original workshop', place: '' })
})

test('a start time changed on the Details tab is kept when the facilitator leaves the tab at once', async ({
  app,
  dataDir
}) => {
  await newSession(app, 'Quick change')
  const id = sessionIdOf(app)
  await app.getByRole('tab', { name: 'Agenda' }).click()
  await app.getByRole('button', { name: 'Add a block' }).click()
  await app.getByRole('tab', { name: 'Details and consent' }).click()
  await app.getByLabel('Start time').fill('14:15')
  await app.getByRole('tab', { name: 'Agenda' }).click()
  await expect(app.getByTestId('agenda-time').first()).toHaveText('14:15–14:30')
  await expect.poll(async () => (await stored(dataDir, id)) as unknown).toMatchObject({ startTime: '14:15' })
  await app.reload()
  await expect(app.getByTestId('agenda-time').first()).toHaveText('14:15–14:30')
})
