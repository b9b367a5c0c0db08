import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { startServerProcess } from '../support/server-process'
import { api } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'

const MARKER = 'ZK-MARKER-4417 Amina said the prefecture kept her papers'
const PASSPHRASE = 'le pont de la Bastille au matin'
const SHOTS = process.env.E2E_SHOTS

/** Every string the page can reach: its text and markup, its title and address, and what hangs off `window`. */
async function pageHolds(page: Page, needle: string): Promise<string[]> {
  return page.evaluate((needle) => {
    const found: string[] = []
    if (document.documentElement.outerHTML.includes(needle)) found.push('DOM')
    if (document.title.includes(needle)) found.push('title')
    if (location.href.includes(needle)) found.push('address')
    for (const store of [sessionStorage, localStorage])
      for (let i = 0; i < store.length; i++)
        if ((store.getItem(store.key(i)!) ?? '').includes(needle)) found.push('storage')
    // Values reachable from window's own properties, a few levels deep (the app keeps no globals,
    // but a leaked cache or store would be found here).
    const seen = new WeakSet<object>()
    const walk = (value: unknown, path: string, depth: number) => {
      if (typeof value === 'string') {
        if (value.includes(needle)) found.push(path)
        return
      }
      if (depth > 4 || value === null || (typeof value !== 'object' && typeof value !== 'function')) return
      if (seen.has(value as object) || value instanceof Node) return
      seen.add(value as object)
      let keys: string[]
      try {
        keys = Object.getOwnPropertyNames(value)
      } catch {
        return
      }
      for (const key of keys.slice(0, 500)) {
        let child: unknown
        try {
          child = (value as Record<string, unknown>)[key]
        } catch {
          continue
        }
        walk(child, `${path}.${key}`, depth + 1)
      }
    }
    for (const key of Object.getOwnPropertyNames(window)) {
      if (['window', 'self', 'top', 'parent', 'frames', 'globalThis', 'document'].includes(key)) continue
      let value: unknown
      try {
        value = (window as unknown as Record<string, unknown>)[key]
      } catch {
        continue
      }
      walk(value, `window.${key}`, 0)
    }
    return found
  }, needle)
}

/**
 * Which of `needles` occur in the page's JavaScript heap, after garbage collection: what the
 * renderer still holds in memory, reachable or not by page scripts. (A snapshot takes seconds.)
 */
async function heapHolds(page: Page, needles: string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    let snapshot = ''
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => (snapshot += event.chunk))
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    return needles.filter((needle) => snapshot.includes(needle))
  } finally {
    await cdp.detach()
  }
}

/** Lays out a session with one note carrying the marker, shown on screen. */
async function sessionWithMarker(app: Page, server: { origin: string; token: string }) {
  const session = await api<{ id: string }>(app, server, 'sessions:create', { title: 'Atelier confidentiel' })
  await api(app, server, 'captures:add', {
    sessionId: session.id,
    type: 'quote',
    text: MARKER,
    blockId: null
  })
  await app.goto(`${server.origin}/#/sessions/${session.id}/live`)
  await expect(app.getByText(MARKER)).toBeVisible()
  return session.id
}

async function protect(app: Page): Promise<string> {
  await app.getByRole('link', { name: 'Settings' }).click()
  await app.getByRole('button', { name: 'Protect with a passphrase…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Protect this notebook' })
  await expect(dialog).toContainText('Without the passphrase or the recovery key, the notebook is gone')
  expect(await seriousA11yViolations(app)).toEqual([])
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Passphrase', { exact: false }).first().fill(PASSPHRASE)
  await dialog.getByLabel('Type it again').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: 'Encrypt the notebook' }).click()
  const keyDialog = app.getByRole('dialog', { name: 'Your recovery key' })
  const key = (await keyDialog.getByTestId('recovery-key').textContent()) ?? ''
  expect(key).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)
  return key
}

test('protect a notebook, lock it: the page holds nothing of it; wrong then right passphrase, then the recovery key', async ({
  app,
  server
}, testInfo) => {
  // Heap snapshots take a few seconds each on a shared machine.
  test.setTimeout(150_000)
  const id = await sessionWithMarker(app, server)
  const key = await protect(app)
  const keyDialog = app.getByRole('dialog', { name: 'Your recovery key' })
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/lock-recovery-key.png` })
  expect(await seriousA11yViolations(app)).toEqual([])

  // The recovery sheet: a one-page PDF, made by main with pdfmake, handed to the browser.
  const download = app.waitForEvent('download')
  await keyDialog.getByRole('button', { name: 'Save as PDF' }).click()
  const pdf = testInfo.outputPath('recovery.pdf')
  await (await download).saveAs(pdf)
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-')
  const sheet = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' '
  )
  for (const group of key.split('-')) expect(sheet).toContain(group)

  await keyDialog.getByRole('button', { name: 'Done' }).click()
  await expect(keyDialog).toContainText('it will not be shown again')
  await keyDialog.getByLabel('I have kept the recovery key somewhere safe').check()
  await keyDialog.getByRole('button', { name: 'Done' }).click()
  await expect(keyDialog).toBeHidden()
  await expect(app.getByTestId('protect-section')).toContainText('Protected')
  expect(await pageHolds(app, key)).toEqual([])

  // Back to the note; Ctrl+L locks from anywhere.
  await app.goto(`${server.origin}/#/sessions/${id}/live`)
  await expect(app.getByText(MARKER)).toBeVisible()
  // The heap check below can see the note: while open, the page holds it.
  expect(await heapHolds(app, ['ZK-MARKER-4417'])).toEqual(['ZK-MARKER-4417'])
  // A note typed but not sent yet is captured before the lock, not dropped with the screen.
  await app.getByTestId('capture-input').fill('Typed just before locking')
  await app.keyboard.press('Control+L')
  await expect(app.getByRole('heading', { name: 'Passerelle is locked' })).toBeVisible()
  await expect(app.getByRole('navigation').getByRole('link')).toHaveCount(0)
  expect(await pageHolds(app, 'ZK-MARKER-4417')).toEqual([])
  expect(await pageHolds(app, 'Atelier confidentiel')).toEqual([])
  // Nor anywhere in its memory: no note, no title, not the note typed just before the lock.
  expect(
    await heapHolds(app, ['ZK-MARKER-4417', 'Atelier confidentiel', 'Typed just before locking'])
  ).toEqual([])
  // Main refuses notebook data while locked, whoever asks.
  const refused = await app.request.post(`${server.origin}/api/sessions:get`, {
    headers: { 'x-passerelle-token': server.token, 'content-type': 'application/json' },
    data: JSON.stringify({ input: { id } })
  })
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('crypto/locked')
  expect(await seriousA11yViolations(app)).toEqual([])
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/lock-screen.png` })

  // A wrong passphrase: told in words, still locked.
  await app.getByLabel('Passphrase').fill('le pont de la Bastille le soir')
  await app.getByRole('button', { name: 'Unlock' }).click()
  await expect(app.getByRole('alert')).toContainText('That passphrase or recovery key is not the right one.')
  expect(await pageHolds(app, 'ZK-MARKER-4417')).toEqual([])
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/lock-wrong.png` })

  // The right one: back where the user was.
  await app.getByLabel('Passphrase').fill(PASSPHRASE)
  await app.getByRole('button', { name: 'Unlock' }).click()
  await expect(app.getByText(MARKER)).toBeVisible()
  await expect(
    app.getByTestId('captured-note').filter({ hasText: 'Typed just before locking' })
  ).toBeVisible()

  // The visible Lock control, then the recovery key.
  await app.getByTestId('lock-button').click()
  await expect(app.getByRole('heading', { name: 'Passerelle is locked' })).toBeVisible()
  await app.getByRole('button', { name: 'Use the recovery key instead' }).click()
  await app.getByLabel('Recovery key').fill(key.toLowerCase().replaceAll('-', ' '))
  await app.keyboard.press('Enter')
  await expect(app.getByText(MARKER)).toBeVisible()
})

test('a protected notebook starts locked after a restart, and locks itself after the idle time', async ({
  app,
  server,
  dataDir
}) => {
  await sessionWithMarker(app, server)
  await protect(app)
  const keyDialog = app.getByRole('dialog', { name: 'Your recovery key' })
  await keyDialog.getByLabel('I have kept the recovery key somewhere safe').check()
  await keyDialog.getByRole('button', { name: 'Done' }).click()

  // The shortest idle time, chosen in Settings like a user would.
  await app.getByLabel('Lock automatically after').selectOption('1')
  await expect(app.getByTestId('protect-section').getByRole('status')).toContainText('Settings saved.')

  // Restarted: the key is gone with the process, the page opens on the lock screen.
  await server.stop()
  const again = await startServerProcess(dataDir, ['--port', String(server.port)])
  try {
    await app.clock.install()
    await app.goto(again.url)
    await expect(app.getByRole('heading', { name: 'Passerelle is locked' })).toBeVisible()
    await app.getByLabel('Passphrase').fill(PASSPHRASE)
    await app.keyboard.press('Enter')
    await expect(app.getByRole('heading', { name: 'Passerelle is locked' })).toBeHidden()
    await app.getByRole('link', { name: 'Sessions' }).click()
    await expect(app.getByText('Atelier confidentiel')).toBeVisible()

    // 59 seconds without input: still open; past a minute: locked, and nothing of the notebook left.
    await app.clock.fastForward('00:59')
    await expect(app.getByText('Atelier confidentiel')).toBeVisible()
    await app.clock.fastForward('00:02')
    await expect(app.getByRole('heading', { name: 'Passerelle is locked' })).toBeVisible()
    expect(await pageHolds(app, 'Atelier confidentiel')).toEqual([])
    expect(await pageHolds(app, 'ZK-MARKER-4417')).toEqual([])
    expect(await heapHolds(app, ['Atelier confidentiel', 'ZK-MARKER-4417'])).toEqual([])
  } finally {
    await again.stop()
  }
})

test('the first run offers protection; chosen from the welcome, the notebook is protected and the offer goes', async ({
  app
}) => {
  const offer = app.getByRole('region', { name: 'Protect this notebook (recommended)' })
  await expect(offer).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/lock-welcome.png` })
  await offer.getByRole('button', { name: 'Protect with a passphrase…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Protect this notebook' })
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByLabel('Passphrase', { exact: false }).first().fill(PASSPHRASE)
  await dialog.getByLabel('Type it again').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: 'Encrypt the notebook' }).click()
  const keyDialog = app.getByRole('dialog', { name: 'Your recovery key' })
  await keyDialog.getByLabel('I have kept the recovery key somewhere safe').check()
  await keyDialog.getByRole('button', { name: 'Done' }).click()
  await expect(offer).toBeHidden()
  await expect(app.getByTestId('lock-button')).toBeVisible()
})

test('a session file sealed to a passphrase for a USB stick: unreadable as it travels, imported with its passphrase', async ({
  app,
  server
}, testInfo) => {
  const session = await api<{ id: string }>(app, server, 'sessions:create', { title: 'Atelier Sousse' })
  await api(app, server, 'captures:add', {
    sessionId: session.id,
    type: 'quote',
    text: MARKER,
    blockId: null
  })
  await app.goto(`${server.origin}/#/sessions/${session.id}`)
  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export this session' })
  await dialog.getByRole('radio', { name: /^Session file/ }).check()
  await dialog.getByLabel('Encrypt with a passphrase').check()
  await dialog.getByLabel('Passphrase for this file').fill('clé USB pour Sousse')
  await dialog.getByLabel('Type it again').fill('clé USB pour Sousse')
  expect(await seriousA11yViolations(app)).toEqual([])
  const download = app.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = testInfo.outputPath((await download).suggestedFilename())
  await (await download).saveAs(file)
  await expect(dialog.getByTestId('export-done')).toBeVisible()
  const bytes = await readFile(file, 'utf8')
  expect(bytes).not.toContain('ZK-MARKER-4417')
  expect(bytes).not.toContain('Atelier Sousse')
  await app.keyboard.press('Escape')

  // Back in: the import asks for the file's passphrase, refuses a wrong one, opens with the right one.
  await app.getByRole('link', { name: 'Sessions' }).click()
  const chooser = app.waitForEvent('filechooser')
  await app.getByRole('button', { name: 'Import session…' }).click()
  await (await chooser).setFiles(file)
  const importing = app.getByRole('dialog', { name: 'Import a session' })
  await expect(importing).toContainText('This session file is encrypted.')
  await importing.getByLabel('Passphrase of the file').fill('clé USB pour Tunis')
  await importing.getByRole('button', { name: 'Open the file' }).click()
  await expect(importing.getByRole('alert')).toContainText('is not the right one')
  await importing.getByLabel('Passphrase of the file').fill('clé USB pour Sousse')
  await importing.getByRole('button', { name: 'Open the file' }).click()
  await expect(importing.getByText('Atelier Sousse', { exact: true })).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/lock-import.png` })
  await importing.getByRole('button', { name: 'Import as a copy' }).click()
  await expect(app.getByRole('heading', { level: 2, name: /Atelier Sousse/ })).toBeVisible()
})
