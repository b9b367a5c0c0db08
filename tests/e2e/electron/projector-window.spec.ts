import { expect, test } from '@playwright/test'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binary, launchBuilt, SKIP_REASON } from './electron-binary'

/**
 * The projector in its own desktop window: it follows live mode, F makes it full screen, B blanks
 * it, and its page is refused every channel but the projector's own.
 */
test.describe('projector window in a real Electron', () => {
  test.skip(!binary, SKIP_REASON)
  test.setTimeout(120_000)

  test('opens from live mode, follows the next block, goes full screen on F, blanks on B, reads no session', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-projector-'))
    const app = await launchBuilt(dataDir)
    try {
      const page = await app.firstWindow()
      await expect(page.locator('html[data-ready="true"]')).toBeAttached()
      const id = await page.evaluate(async () => {
        const api = window.passerelle!
        await api.setSettings({ language: 'en' })
        const created = (await api.createSession({ title: 'Projector room', languages: ['en', 'fr'] })) as {
          ok: true
          value: { id: string; revision: number }
        }
        const block = (id: string, title: string) => ({
          id,
          title,
          kind: 'activity' as const,
          methodId: null,
          durationMinutes: 20,
          notes: 'PRIVATE-BLOCK-NOTE',
          materials: '',
          links: [],
          protected: false,
          day: 1
        })
        await api.setAgenda({
          id: created.value.id,
          blocks: [block('blk0001', 'Opening'), block('blk0002', 'World café')]
        })
        return created.value.id
      })
      await page.evaluate((h) => (window.location.hash = h), `#/sessions/${id}/live`)
      await page.getByRole('button', { name: 'Start the session' }).click()
      const [projector] = await Promise.all([
        app.waitForEvent('window'),
        page.getByRole('button', { name: 'Open the projector view' }).click()
      ])
      await expect(projector.getByTestId('projector-block')).toHaveText('Opening')
      await page.getByRole('button', { name: 'Next block' }).click()
      await expect(projector.getByTestId('projector-block')).toHaveText('World café')

      // Its page may not read the session, even by calling the bridge itself.
      const refused = await projector.evaluate(async (sessionId) => {
        const result = (await window.passerelle!.getSession({ id: sessionId })) as {
          ok: boolean
          error?: { code: string }
        }
        return result.ok ? 'read' : result.error?.code
      }, id)
      expect(refused).toBe('ipc/forbidden-sender')

      const fullScreen = () =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isFullScreen()))
      await projector.keyboard.press('f')
      await expect.poll(fullScreen).toContain(true)
      await projector.keyboard.press('Escape')
      await expect.poll(fullScreen).not.toContain(true)

      await projector.keyboard.press('b')
      await expect(projector.getByTestId('projector')).toHaveAttribute('data-blank', 'true')
      expect(await projector.locator('body').innerText()).not.toContain('PRIVATE-BLOCK-NOTE')
    } finally {
      await app.close()
    }
  })
})
