import { expect, test } from '@playwright/test'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHANNEL_METHODS } from '../../../src/shared/ipc/channels'
import { binary, launchBuilt, SKIP_REASON } from './electron-binary'

test.describe('desktop app in a real Electron', () => {
  test.skip(!binary, SKIP_REASON)

  test('opens one sandboxed window whose renderer has no Node and only named API methods', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-electron-'))
    const app = await launchBuilt(dataDir)
    try {
      const page = await app.firstWindow()
      await expect(page.locator('html[data-ready="true"]')).toBeAttached()
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined'
      )
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined'
      )
      const methods = await page.evaluate(() => Object.keys(window.passerelle ?? {}).sort())
      expect(methods).toEqual(Object.values(CHANNEL_METHODS).sort())
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
      expect(await page.evaluate(() => Object.isFrozen(window.passerelle))).toBe(true)
      const blocked = await page.evaluate(() =>
        fetch('https://example.org/').then(
          () => 'reached',
          () => 'blocked'
        )
      )
      expect(blocked).toBe('blocked')
    } finally {
      await app.close()
    }
  })

  test('the language choice survives a restart and lands in the notebook file', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-electron-'))
    const launch = () => launchBuilt(dataDir)
    let app = await launch()
    let page = await app.firstWindow()
    await page.getByLabel('Language').first().selectOption('es')
    await expect(page.getByRole('heading', { level: 2, name: 'Biblioteca' })).toBeVisible()
    await app.close()
    expect(
      JSON.parse(await readFile(join(dataDir, 'notebook/notebook.json'), 'utf8')).settings.language
    ).toBe('es')
    app = await launch()
    page = await app.firstWindow()
    await expect(page.getByRole('heading', { level: 2, name: 'Biblioteca' })).toBeVisible()
    await app.close()
  })
})
