import { expect, test, type Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binary, launchBuilt, SKIP_REASON } from './electron-binary'

const NOTE = 'Le guichet unique ouvre le samedi'

async function openEveryScreen(page: Page) {
  for (const [link, heading] of [
    ['Library', 'Library'],
    ['Sessions', 'Sessions'],
    ['Settings', 'Settings']
  ]) {
    await page.getByRole('link', { name: link }).click()
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }
  await page.getByRole('button', { name: 'About Passerelle' }).click()
  const about = page.getByRole('dialog', { name: 'About Passerelle' })
  await expect(about.getByText('Desktop application')).toBeVisible()
  await about.getByRole('button', { name: 'Close' }).click()
}

/**
 * The desktop app end to end in a real Electron (the release workflow runs it on Linux under
 * xvfb, on Windows and on macOS): what the renderer is allowed, every screen, a session, a note,
 * a PDF through the save dialog, the menu, and the note still there after quitting and relaunching.
 */
test.describe('desktop smoke test in a real Electron', () => {
  test.skip(!binary, SKIP_REASON)
  test.setTimeout(180_000)

  test('launch, every screen, a session, a note, a PDF, quit, relaunch: the note is there', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-smoke-'))
    const pdf = join(await mkdtemp(join(tmpdir(), 'passerelle-smoke-pdf-')), 'brief.pdf')
    let app = await launchBuilt(dataDir)
    let page = await app.firstWindow()
    await expect(page.locator('html[data-ready="true"]')).toBeAttached()
    await page.getByLabel('Language').first().selectOption('en')

    // The renderer process is sandboxed, where the OS reports it (app metrics: macOS and Windows).
    const sandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId()
      return electronApp.getAppMetrics().find((m) => m.pid === pid)?.sandboxed ?? null
    })
    if (process.platform !== 'linux') expect(sandboxed).toBe(true)
    // As the renderer sees it: no Node (nodeIntegration off, sandbox), and an isolated bridge.
    const seen = await page.evaluate(async () => ({
      url: location.href,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      // contextBridge hands over proxies: the page never holds the preload's own functions.
      bridged: String(window.passerelle?.appInfo).includes('[native code]'),
      desktop: Object.keys(window.passerelleDesktop ?? {}),
      csp: (await fetch('app://passerelle/index.html')).headers.get('content-security-policy')
    }))
    expect(seen).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridged: true
    })
    expect(seen.url).toMatch(/^app:\/\/passerelle\/index\.html/)
    expect(seen.desktop).toEqual(['onCommand'])
    expect(seen.csp).toContain("default-src 'none'")

    const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? [])
    expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']))

    await openEveryScreen(page)

    await page.getByRole('link', { name: 'Sessions' }).click()
    await page.getByRole('button', { name: 'New session' }).click()
    const dialog = page.getByRole('dialog', { name: 'New session' })
    await dialog.getByLabel('Title').fill('Smoke test')
    await dialog.getByRole('button', { name: 'Create session' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Smoke test' })).toBeVisible()

    await page.getByRole('link', { name: 'Run live' }).click()
    await page.getByRole('button', { name: 'Start the session' }).click()
    await page.getByTestId('capture-input').fill(NOTE)
    await page.getByTestId('capture-input').press('Enter')
    await expect(page.getByTestId('capture-count')).toHaveText('1 note')

    // The save dialog is main's; the test answers it through Electron's own module, not app code.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
    }, pdf)
    await page.getByRole('button', { name: 'Export…' }).click()
    const exporting = page.getByRole('dialog', { name: 'Export this session' })
    await exporting.getByRole('radio', { name: /^Outcome brief/ }).check()
    await exporting.getByRole('button', { name: 'Export', exact: true }).click()
    await expect(exporting.getByTestId('export-done')).toBeVisible({ timeout: 60_000 })
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await exporting.getByRole('button', { name: 'Close' }).first().click()

    // The menu follows the UI language.
    await page.getByLabel('Language').first().selectOption('fr')
    await expect
      .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []))
      .toEqual(expect.arrayContaining(['Fichier', 'Édition', 'Affichage', 'Aide']))

    await app.close()
    expect(existsSync(join(dataDir, 'window-state.json'))).toBe(true)

    app = await launchBuilt(dataDir)
    page = await app.firstWindow()
    await page.getByRole('link', { name: 'Séances' }).click()
    await page.getByRole('link', { name: 'Smoke test' }).first().click()
    await page.getByRole('link', { name: 'Animer en direct' }).click()
    await expect(page.getByTestId('captured-note').first()).toContainText(NOTE)
    await app.close()
  })
})
