import { devices, type Browser, type Page } from '@playwright/test'
import { request } from 'node:http'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Session } from '../../src/shared/planning/session'
import { api } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'
import { agendaBlock } from '../support/agenda-block'

const ANONYMOUS = 'Opening hours that suit shift workers'
const SIGNED = 'Formularios en varios idiomas'
const XSS = '<img src=x onerror="window.__xss=1"> discard-me-7f3a'

/** A phone in the room: its own browser context (no shared cookies), a phone viewport, a locale. */
async function phone(browser: Browser, locale: string, url: string, origin: string) {
  const context = await browser.newContext({ ...devices['Pixel 5'], locale })
  const page = await context.newPage()
  const outside: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + '/')) outside.push(r.url())
  })
  await page.goto(url)
  return { page, context, outside }
}

async function joinRoom(page: Page, code: string, label: string, button: string) {
  await page.getByLabel(label).fill(code)
  await page.getByRole('button', { name: button }).click()
}

async function dataFolderHolds(dir: string, needle: string): Promise<boolean> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && (await readFile(join(entry.parentPath, entry.name))).includes(Buffer.from(needle)))
      return true
  return false
}

const refused = (url: string) =>
  new Promise<string>((resolve) => {
    const req = request(url, (res) => resolve(`answered ${res.statusCode}`))
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'))
    req.end()
  })

test('the room: phones join, send, vote; the facilitator accepts, discards, sees the dots; closing refuses connections', async ({
  app,
  server,
  browser,
  dataDir
}) => {
  test.setTimeout(120_000)
  const created = await api<Session>(app, server, 'sessions:create', { title: 'Room workshop' })
  await api(app, server, 'sessions:update', {
    id: created.id,
    details: { consent: { ...created.consent, chathamHouse: false, attributableQuotes: true } }
  })
  await app.goto(`${server.url}#/sessions/${created.id}/live`)

  // Off by default; opened on the test's loopback "network", with the warning in view.
  await app.getByRole('button', { name: 'Open the room…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Open the room' })
  await expect(dialog.getByText('Local network traffic is not encrypted')).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'loopback (test) · 127.0.0.2' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Open the room' }).click()
  await expect(app.getByTestId('room-banner')).toHaveText('Room open · 0 phones connected')
  const code = (await app.getByTestId('room-code').textContent())!
  const url = `http://${(await app.getByTestId('room-address').textContent())!}/`
  expect(code).toMatch(/^[A-Z2-9]{6}$/)
  expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/)
  await expect(app.getByRole('img', { name: /QR code to join the room/ })).toBeVisible()

  const origin = url.slice(0, -1)
  const en = await phone(browser, 'en-GB', url, origin)
  const es = await phone(browser, 'es-ES', url, origin)
  await expect(es.page.getByRole('heading', { name: 'Únete a la sala' })).toBeVisible()
  await joinRoom(en.page, code, 'Room code', 'Join')
  await joinRoom(es.page, code, 'Código de la sala', 'Entrar')
  await expect(en.page.getByRole('heading', { name: 'Your contribution' })).toBeVisible()
  await expect(es.page.getByRole('heading', { name: 'Tu aportación' })).toBeVisible()
  expect(await seriousA11yViolations(en.page)).toEqual([])
  expect(await seriousA11yViolations(es.page)).toEqual([])

  // One anonymous, one signed, one hostile.
  await en.page.getByLabel('What do you want to say?').fill(ANONYMOUS)
  await en.page.getByRole('button', { name: 'Send' }).click()
  await expect(en.page.getByText('Received. Thank you!')).toBeVisible()
  await es.page.getByLabel('¿Qué quieres decir?').fill(SIGNED)
  await es.page.getByLabel('Una pregunta').check()
  await es.page.getByLabel('Un nombre o seudónimo (opcional)').fill('Amal')
  await es.page.getByRole('button', { name: 'Enviar' }).click()
  await expect(es.page.getByText('Recibido. ¡Gracias!')).toBeVisible()
  await en.page.getByLabel('What do you want to say?').fill(XSS)
  await en.page.getByRole('button', { name: 'Send' }).click()
  await expect(en.page.getByLabel('What do you want to say?')).toHaveValue('')

  await expect(app.getByTestId('room-banner')).toHaveText('Room open · 2 phones connected')
  await app.getByRole('tab', { name: 'From the room (3)' }).click()
  const items = app.getByTestId('room-item')
  await expect(items).toHaveCount(3)
  await expect(items.filter({ hasText: 'discard-me-7f3a' })).toContainText(XSS)
  await app.getByRole('button', { name: `Accept “${ANONYMOUS}”` }).click()
  await app.getByRole('button', { name: `Accept “${SIGNED}”` }).click()
  await app.getByRole('button', { name: /^Discard “<img/ }).click()
  await expect(items).toHaveCount(0)
  await app.getByRole('tab', { name: 'Notes' }).click()
  await expect(app.getByText(ANONYMOUS)).toBeVisible()
  await expect(app.getByText(SIGNED)).toBeVisible()
  const stored = await api<Session>(app, server, 'sessions:get', { id: created.id })
  expect(stored.captures.map((n) => [n.text, n.type, n.consent, n.speaker])).toEqual([
    [ANONYMOUS, 'idea', 'anonymous', null],
    [SIGNED, 'question', 'shareable', 'Amal']
  ])
  expect(await dataFolderHolds(dataDir, 'discard-me-7f3a')).toBe(false)
  for (const p of [app, en.page, es.page])
    expect(await p.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()

  // Clusters published for dot-voting; each phone places its dots.
  for (const name of ['Access', 'Language'])
    await api(app, server, 'synthesis:add-cluster', { sessionId: created.id, name })
  await app.reload()
  await app.getByRole('checkbox', { name: 'Access' }).check()
  await app.getByRole('checkbox', { name: 'Language' }).check()
  await app.getByRole('button', { name: 'Publish' }).click()
  await expect(app.getByText('Published to the room.')).toBeVisible()
  await expect(en.page.getByRole('heading', { name: 'Vote with your dots' })).toBeVisible({ timeout: 10_000 })
  await en.page.getByRole('button', { name: 'Add a dot to Access' }).click()
  await en.page.getByRole('button', { name: 'Add a dot to Access' }).click()
  await en.page.getByRole('button', { name: 'Save my dots' }).click()
  await expect(en.page.getByText('Your dots are saved.')).toBeVisible()
  await expect(es.page.getByRole('heading', { name: 'Vota con tus puntos' })).toBeVisible({ timeout: 10_000 })
  await es.page.getByRole('button', { name: 'Añadir un punto a Language' }).click()
  await es.page.getByRole('button', { name: 'Guardar mis puntos' }).click()
  await expect(es.page.getByText('Tus puntos están guardados.')).toBeVisible()
  expect(await seriousA11yViolations(en.page)).toEqual([])

  await app.getByRole('button', { name: 'Close the room' }).click()
  await expect(app.getByTestId('room-banner')).toHaveCount(0)
  expect(await refused(url)).toBe('ECONNREFUSED')
  await app.getByRole('link', { name: 'Synthesis' }).first().click()
  await expect(app.getByRole('region', { name: 'Cluster: Access' }).getByTestId('dots').first()).toHaveText(
    '2 dots'
  )
  await expect(app.getByRole('region', { name: 'Cluster: Language' }).getByTestId('dots').first()).toHaveText(
    '1 dot'
  )

  expect([...en.outside, ...es.outside], 'phone requests that left the room').toEqual([])
  await en.context.close()
  await es.context.close()
})

test('an Arabic phone gets the page right to left and sends a contribution', async ({
  app,
  server,
  browser
}) => {
  test.setTimeout(60_000)
  const created = await api<Session>(app, server, 'sessions:create', { title: 'Arabic room' })
  await app.goto(`${server.url}#/sessions/${created.id}/live`)
  await app.getByRole('button', { name: 'Open the room…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Open the room' })
  await dialog.getByRole('button', { name: 'Open the room' }).click()
  const code = (await app.getByTestId('room-code').textContent())!
  const url = `http://${(await app.getByTestId('room-address').textContent())!}/`
  const ar = await phone(browser, 'ar-MA', url, url.slice(0, -1))

  await expect(ar.page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(ar.page.locator('html')).toHaveAttribute('lang', 'ar')
  await joinRoom(ar.page, code, 'رمز القاعة', 'انضمام')
  await expect(ar.page.getByRole('heading', { name: 'مساهمتك' })).toBeVisible()
  expect(await seriousA11yViolations(ar.page)).toEqual([])
  // Right to left for real: the heading hugs the right edge of the screen.
  const box = (await ar.page.getByRole('heading', { level: 1 }).boundingBox())!
  expect(box.x + box.width).toBeGreaterThan(ar.page.viewportSize()!.width - 40)
  const text = 'فتح مكتب الاستقبال مساءً مرة في الأسبوع'
  await ar.page.getByLabel('ماذا تريد أن تقول؟').fill(text)
  await ar.page.getByRole('button', { name: 'إرسال' }).click()
  await expect(ar.page.getByText('وصلت مساهمتك. شكرًا لك!')).toBeVisible()

  await app.getByRole('tab', { name: 'From the room (1)' }).click()
  await expect(app.getByTestId('room-item')).toContainText(text)
  expect(ar.outside, 'phone requests that left the room').toEqual([])
  await ar.context.close()
})

test('ending live mode closes the room: asked first, the banner goes, the port refuses; Resume leaves it closed', async ({
  app,
  server
}, testInfo) => {
  test.setTimeout(90_000)
  await app.setViewportSize({ width: 1280, height: 900 })
  const created = await api<Session>(app, server, 'sessions:create', { title: 'Closing the room' })
  const block = (id: string, title: string) => agendaBlock(id, title)
  await api(app, server, 'sessions:set-agenda', {
    id: created.id,
    blocks: [block('blockOne01', 'Opening round'), block('blockTwo01', 'Closing circle')]
  })
  await app.goto(`${server.url}#/sessions/${created.id}/live`)
  await app.getByRole('button', { name: 'Open the room…' }).click()
  await app
    .getByRole('dialog', { name: 'Open the room' })
    .getByRole('button', { name: 'Open the room' })
    .click()
  await expect(app.getByTestId('room-banner')).toBeVisible()
  const url = `http://${(await app.getByTestId('room-address').textContent())!}/`

  await app.getByRole('button', { name: 'Start the session' }).click()
  await expect(app.getByTestId('live-block')).toHaveText('Opening round')
  await app.getByRole('button', { name: 'Next block' }).click()
  await expect(app.getByTestId('live-block')).toHaveText('Closing circle')
  await expect(app.getByRole('button', { name: 'Next block' })).toHaveCount(0)

  // Told first, in the app's own dialog; Cancel keeps everything running.
  await app.getByRole('button', { name: 'End the session' }).click()
  const dialog = app.getByRole('dialog', { name: 'End the session?' })
  await expect(dialog).toContainText('closes the room at once')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.getByTestId('live-clock')).toBeVisible()
  await expect(app.getByTestId('room-banner')).toBeVisible()
  expect(await refused(url)).toBe('answered 200')

  // Keyboard: Enter on the button, Enter on the dialog's named confirm.
  await app.getByRole('button', { name: 'End the session' }).focus()
  await app.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'End and close the room' })).toBeFocused()
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.screenshot({ path: testInfo.outputPath('end-dialog-en.png') })
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { name: /^Live mode ended at \d{2}:\d{2}$/ })).toBeFocused()
  await expect(app.getByTestId('room-banner')).toHaveCount(0)
  await expect(app.getByTestId('live-clock')).toHaveCount(0)
  await expect.poll(() => refused(url)).toBe('ECONNREFUSED')
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.screenshot({ path: testInfo.outputPath('live-ended-en.png') })
  await app.getByTestId('language-select').selectOption('ar')
  await expect(app.getByRole('heading', { name: /^انتهى التشغيل المباشر عند الساعة/ })).toBeVisible()
  expect(await seriousA11yViolations(app)).toEqual([])
  await app.screenshot({ path: testInfo.outputPath('live-ended-ar.png') })
  await app.getByTestId('language-select').selectOption('en')

  // Ended by mistake: the last block runs again, and the room stays closed until opened again.
  await app.getByRole('button', { name: 'Resume the last block' }).click()
  await expect(app.getByTestId('live-block')).toHaveText('Closing circle')
  await expect(app.getByRole('button', { name: 'Open the room…' })).toBeVisible()
  await expect(app.getByTestId('room-banner')).toHaveCount(0)
  expect(await refused(url)).toBe('ECONNREFUSED')

  // With no room open, ending needs no dialog; the way on is synthesis.
  await app.getByRole('button', { name: 'End the session' }).click()
  await expect(app.getByRole('dialog')).toHaveCount(0)
  await app.getByRole('link', { name: 'Go to synthesis' }).click()
  await expect(app).toHaveURL(new RegExp(`#/sessions/${created.id}/synthesis$`))
})
