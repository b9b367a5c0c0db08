import { access, copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, seriousA11yViolations, test } from './fixtures'
import { api, sessionIdOf } from './api'
import { newSession } from './session-steps'
import { startServerProcess } from '../support/server-process'

async function chooseFile(app: Page, path: string) {
  await app.getByRole('link', { name: 'Sessions' }).click()
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import session…' }).click()
  await (await chooser).setFiles(path)
  return app.getByRole('dialog', { name: 'Import a session' })
}

async function allText(dir: string): Promise<string> {
  const parts: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name !== '.lock')
      parts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'))
  return parts.join('\n')
}

test('a session file already in the notebook is previewed and imported as a copy', async ({
  app,
  server,
  dataDir
}) => {
  await newSession(app, 'Welcome desk walk')
  const id = sessionIdOf(app)
  await api(app, server, 'captures:add', {
    sessionId: id,
    type: 'insight',
    text: 'Forms only in one language',
    blockId: null
  })
  const session = await api(app, server, 'sessions:get', { id })
  const file = join(dataDir, 'welcome-desk-walk.json')
  await writeFile(file, JSON.stringify(session))

  const dialog = await chooseFile(app, file)
  await expect(dialog.getByText('Welcome desk walk', { exact: true })).toBeVisible()
  await expect(dialog.getByRole('row', { name: 'Notes 1' })).toBeVisible()
  await expect(dialog.getByTestId('import-exists')).toContainText('already in your notebook')
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
  expect(await seriousA11yViolations(app)).toEqual([])
  await dialog.getByRole('button', { name: 'Import as a copy' }).click()

  await expect(
    app.getByRole('heading', { level: 2, name: 'Welcome desk walk (imported copy)' })
  ).toBeVisible()
  expect(sessionIdOf(app)).not.toBe(id)
  await app.getByRole('link', { name: 'Sessions' }).click()
  await expect(app.getByRole('link', { name: /^Welcome desk walk/ })).toHaveCount(2)
})

test('a hostile or foreign file is refused in plain words and nothing is added', async ({
  app,
  server,
  dataDir
}) => {
  const hostile = join(dataDir, 'hostile.json')
  await writeFile(hostile, '{"__proto__":{"x":1}}')
  let dialog = await chooseFile(app, hostile)
  await expect(dialog.getByRole('alert')).toContainText('tamper')
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  const pack = join(import.meta.dirname, '../../resources/content/uclg-plm-28.json')
  dialog = await chooseFile(app, pack)
  await expect(dialog.getByRole('alert')).toContainText('not a Passerelle session')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await api<unknown[]>(app, server, 'sessions:list')).toEqual([])
})

test('a pseudonym is checked, then erased everywhere, Library notes included, down to the files on disk', async ({
  app,
  server,
  dataDir
}) => {
  await newSession(app, 'Neighbourhood office visit')
  const id = sessionIdOf(app)
  await api(app, server, 'captures:add', {
    sessionId: id,
    type: 'insight',
    text: 'Nadia said the desk was closed',
    blockId: null,
    speaker: 'Nadia',
    consent: 'shareable'
  })
  await api(app, server, 'annotations:save', {
    target: 'uclg-plm-28:case-barcelona',
    text: 'Ask Nadia how the Barcelona desks compare'
  })
  const file = join(dataDir, 'notebook/sessions', `${id}.json`)
  // On disk now: in the session's capture journal, next to its file.
  const sessionsDir = join(dataDir, 'notebook/sessions')
  expect(await allText(sessionsDir)).toContain('Nadia')

  await app.getByRole('link', { name: 'Settings' }).click()
  const section = app.getByRole('region', { name: 'Erase a pseudonym everywhere' })
  await section.getByLabel('Pseudonym').fill('Nadia')
  await section.getByRole('button', { name: 'Check' }).click()
  const check = section.getByTestId('erase-check')
  await expect(check.getByRole('row', { name: 'Sessions 1' })).toBeVisible()
  await expect(check.getByRole('row', { name: 'Notes losing their speaker 1' })).toBeVisible()
  await expect(check.getByRole('row', { name: 'Mentions in text 1' })).toBeVisible()
  await expect(
    check.getByRole('row', { name: 'In the Library: private notes, your items, templates 1' })
  ).toBeVisible()
  // A check writes nothing.
  expect(await allText(sessionsDir)).toContain('Nadia')
  expect(await seriousA11yViolations(app)).toEqual([])

  await check.getByRole('button', { name: 'Erase everywhere' }).click()
  await expect(section.getByTestId('erase-done')).toContainText('was erased everywhere')
  const onDisk = await readFile(file, 'utf8')
  expect(onDisk).not.toMatch(/nadia/i)
  expect(onDisk).toContain('[…] said the desk was closed')
  expect(await allText(join(dataDir, 'notebook'))).not.toMatch(/nadia/i)
})

test('backups start empty and explain why; a session can be erased for good', async ({ app, dataDir }) => {
  await newSession(app, 'Data to forget')
  const id = sessionIdOf(app)
  await app.getByRole('button', { name: 'Backups' }).click()
  const backups = app.getByRole('dialog', { name: 'Backups of this session' })
  await expect(backups.getByTestId('backups-empty')).toContainText('every 10 minutes')
  expect(await seriousA11yViolations(app)).toEqual([])
  await backups.getByRole('button', { name: 'Close' }).last().click()
  await expect(backups).toBeHidden()

  await app.getByRole('button', { name: 'Erase for good…' }).click()
  const erase = app.getByRole('dialog', { name: 'Erase this session for good' })
  await expect(erase).toContainText('cannot be undone')
  expect(await seriousA11yViolations(app)).toEqual([])
  await erase.getByRole('button', { name: 'Erase for good' }).click()
  await expect(app.getByTestId('sessions-empty')).toBeVisible()
  await expect(access(join(dataDir, 'notebook/sessions', `${id}.json`))).rejects.toThrow()
})

test('a backup is restored after a confirmation, and the restore can be undone', async ({
  app,
  server,
  dataDir
}) => {
  await newSession(app, 'Library outreach')
  const id = sessionIdOf(app)
  const notebook = join(dataDir, 'notebook')
  const folder = join(notebook, 'backups', id)
  await mkdir(folder, { recursive: true })
  // Backups are taken every 10 minutes; here they are laid on disk as the app would write them.
  await copyFile(join(notebook, 'sessions', `${id}.json`), join(folder, '20260101T090000.000Z.json'))
  await writeFile(join(folder, '20260102T090000.000Z.json'), '{ damaged')
  await api(app, server, 'captures:add', {
    sessionId: id,
    type: 'insight',
    text: 'Later note',
    blockId: null
  })

  await app.getByRole('button', { name: 'Backups' }).click()
  const dialog = app.getByRole('dialog', { name: 'Backups of this session' })
  const rows = dialog.getByTestId('backup-row')
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Damaged')
  await expect(rows.first().getByRole('button')).toHaveCount(0)
  expect(await seriousA11yViolations(app)).toEqual([])

  await rows
    .last()
    .getByRole('button', { name: /^Restore the backup from/ })
    .click()
  await expect(dialog.getByTestId('backup-confirm')).toContainText('backed up')
  expect(await seriousA11yViolations(app)).toEqual([])
  await dialog.getByRole('button', { name: 'Yes, restore' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible()
  const captures = async () =>
    (await api<{ captures: unknown[] }>(app, server, 'sessions:get', { id })).captures.length
  expect(await captures()).toBe(0)

  await dialog.getByRole('button', { name: 'Undo restore' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'restore was undone' })).toBeVisible()
  expect(await captures()).toBe(1)
})

test('a session whose file was damaged while the app was closed comes back from its backup taken at quit', async ({
  app,
  server,
  dataDir
}) => {
  await newSession(app, 'Fragile session')
  const id = sessionIdOf(app)
  await api(app, server, 'captures:add', {
    sessionId: id,
    type: 'quote',
    text: 'Keep me safe',
    blockId: null
  })
  // A normal quit flushes and backs up what changed.
  await server.stop()
  const file = join(dataDir, 'notebook', 'sessions', `${id}.json`)
  await writeFile(file, '{"schemaVersion":5,"id":"trunc')

  const again = await startServerProcess(dataDir, ['--port', String(server.port)])
  try {
    await app.goto(again.url)
    await app.getByRole('link', { name: 'Sessions' }).click()
    await app.getByRole('link', { name: 'Fragile session' }).click()
    await expect(app.getByRole('alert')).toContainText('damaged')
    await expect(app.getByText('The damaged file was kept aside, unchanged')).toBeVisible()
    expect(await seriousA11yViolations(app)).toEqual([])
    await app.getByRole('button', { name: 'Restore this backup' }).click()
    await expect(app.getByRole('heading', { level: 2, name: 'Fragile session' })).toBeVisible()
    const restored = await api<{ captures: Array<{ text: string }> }>(app, again, 'sessions:get', { id })
    expect(restored.captures.map((n) => n.text)).toEqual(['Keep me safe'])
    // The damaged bytes are still there, set aside.
    const aside = (await readdir(join(dataDir, 'notebook', 'sessions'))).filter((f) =>
      f.startsWith(`${id}.json.`)
    )
    expect(aside).toHaveLength(1)
    expect(await readFile(join(dataDir, 'notebook', 'sessions', aside[0]!), 'utf8')).toBe(
      '{"schemaVersion":5,"id":"trunc'
    )
  } finally {
    await again.stop()
  }
})
