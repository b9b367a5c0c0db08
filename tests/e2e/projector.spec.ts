import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { api } from './api'
import { expect, seriousA11yViolations, test } from './fixtures'
import { agendaBlock } from '../support/agenda-block'

/** What the projector must never show: a note marked internal, speakers, the facilitator's own notes. */
const SECRETS = ['Amina', 'Karim', 'INTERNAL-ONLY', 'PRIVATE-BLOCK-NOTE', 'NOT-FOR-EXPORT']

const block = (id: string, title: string, links: string[]) =>
  agendaBlock(id, title, { notes: 'PRIVATE-BLOCK-NOTE about Amina’s family', links })

/** A session in English and French with two blocks, each linked to a discussion prompt, and notes that must stay off the wall. */
async function scene(app: Page, server: { origin: string; token: string }) {
  const s = await api<{ id: string; revision: number }>(app, server, 'sessions:create', {
    title: 'Projector room',
    languages: ['en', 'fr']
  })
  await api(app, server, 'sessions:set-agenda', {
    id: s.id,
    blocks: [
      block('blk0001', 'Opening round', ['uclg-plm-28:prompt-residence-not-nationality']),
      block('blk0002', 'World café', ['uclg-plm-28:case-barcelona', 'uclg-plm-28:prompt-words-for-newcomers'])
    ]
  })
  const note = (text: string, consent: string, speaker: string) =>
    api(app, server, 'captures:add', {
      sessionId: s.id,
      type: 'quote',
      text,
      blockId: null,
      speaker,
      consent
    })
  await note('INTERNAL-ONLY: Amina has no papers yet', 'internal', 'Amina')
  await note('NOT-FOR-EXPORT: the shelter address', 'not-for-export', 'Karim')
  await note('Libraries as a first door', 'shareable', 'Karim')
  return s.id
}

/** Every answer the projector's tab received, to check what reached it, not only what it drew. */
function recordProjectorTraffic(projector: Page) {
  const channels: string[] = []
  const bodies: string[] = []
  projector.on('response', async (response) => {
    const path = new URL(response.url()).pathname
    if (!path.startsWith('/api/')) return
    channels.push(decodeURIComponent(path.slice('/api/'.length)))
    bodies.push(await response.text().catch(() => ''))
  })
  return { channels, bodies }
}

test('the projector follows live mode, shows only what is on screen, blanks on B, and never shows an internal note or a speaker', async ({
  app,
  server,
  context
}) => {
  const id = await scene(app, server)
  await app.evaluate((h) => (window.location.hash = h), `#/sessions/${id}/live`)
  await app.getByRole('button', { name: 'Start the session' }).click()
  await expect(app.getByTestId('live-clock')).toContainText('Block 1 of 2')

  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    app.getByRole('button', { name: 'Open the projector view' }).click()
  ])
  const traffic = recordProjectorTraffic(projector)
  await projector.setViewportSize({ width: 1600, height: 900 })
  const wall = projector.getByTestId('projector')
  await expect(projector.getByTestId('projector-block')).toHaveText('Opening round')
  // The token left the address bar, as in the first tab.
  expect(projector.url()).not.toContain('token=')
  // The prompt in English and French, side by side, each marked with its language.
  const prompts = projector.getByTestId('projector-prompts').locator('blockquote')
  await expect(prompts).toHaveCount(2)
  await expect(prompts.nth(0)).toHaveAttribute('lang', 'en')
  await expect(prompts.nth(0)).toContainText('Imagine that local citizenship')
  await expect(prompts.nth(1)).toHaveAttribute('lang', 'fr')
  await expect(prompts.nth(1)).toContainText('Imaginez que la citoyenneté locale')
  await expect(projector.getByRole('timer', { name: 'Time left' })).toHaveText(/^(20:00|19:5\d)$/)
  // No join card while no room is open, and nothing from the room until the facilitator shows it.
  await expect(projector.getByTestId('projector-join')).toHaveCount(0)
  await expect(projector.getByTestId('projector-contributions')).toHaveCount(0)

  // The facilitator moves on; the projector follows without anyone touching it.
  await app.getByRole('button', { name: 'Next block' }).click()
  await expect(projector.getByTestId('projector-block')).toHaveText('World café')
  await expect(prompts.nth(0)).toContainText('How do your city’s documents and staff name newcomers')

  expect(await seriousA11yViolations(projector)).toEqual([])
  await projector.screenshot({ path: join(import.meta.dirname, '../../docs/screenshots/projector.png') })

  // B on the projector blanks everything at once; the facilitator's screen says so.
  await projector.keyboard.press('b')
  await expect(wall).toHaveAttribute('data-blank', 'true')
  await expect(projector.getByTestId('projector-block')).toHaveCount(0)
  // Only a sentence for screen readers is left, drawn nowhere.
  await expect(wall.locator('*')).toHaveCount(1)
  await expect(wall.locator('*')).toHaveText('The screen is blank.')
  expect(await wall.locator('*').boundingBox()).toMatchObject({ width: 1, height: 1 })
  await expect(app.getByText('The projector is blank.')).toBeVisible()
  // Blank stays blank when the facilitator moves on.
  await app.getByRole('button', { name: 'Previous block' }).click()
  await expect(app.getByTestId('live-clock')).toContainText('Block 1 of 2')
  await projector.waitForTimeout(1500)
  await expect(projector.getByTestId('projector-block')).toHaveCount(0)
  // The facilitator shows it again from live mode.
  await app.getByRole('button', { name: 'Show the projector again' }).click()
  await expect(projector.getByTestId('projector-block')).toHaveText('Opening round')
  await expect(wall).toHaveAttribute('data-blank', 'false')
  // And blanks it from live mode too.
  await app.getByRole('button', { name: 'Blank the projector' }).click()
  await expect(wall).toHaveAttribute('data-blank', 'true')
  await projector.keyboard.press('b')
  await expect(projector.getByTestId('projector-block')).toHaveText('Opening round')

  // One language only, chosen in live mode.
  const french = app.getByRole('checkbox', { name: 'Français' })
  await french.click()
  await expect(french).not.toBeChecked()
  await expect(prompts).toHaveCount(1)
  await expect(prompts.nth(0)).toHaveAttribute('lang', 'en')

  // Nothing secret was drawn, and nothing secret even reached the projector's tab.
  const drawn = await projector.locator('body').innerText()
  for (const secret of SECRETS) expect(drawn).not.toContain(secret)
  expect(traffic.bodies.length).toBeGreaterThan(3)
  for (const body of traffic.bodies) for (const secret of SECRETS) expect(body).not.toContain(secret)
  expect(new Set(traffic.channels)).toEqual(new Set(['projector:state', 'projector:set']))
})

test('the projector shows the join card while the room is open, and an accepted contribution only once the facilitator shows it, without its pseudonym', async ({
  app,
  server,
  context
}) => {
  test.setTimeout(120_000)
  const id = await scene(app, server)
  await api(app, server, 'sessions:update', {
    id,
    details: { consent: { chathamHouse: false, attributableQuotes: true, photos: false, note: '' } }
  })
  await app.evaluate((h) => (window.location.hash = h), `#/sessions/${id}/live`)
  await app.getByRole('button', { name: 'Start the session' }).click()
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    app.getByRole('button', { name: 'Open the projector view' }).click()
  ])
  const traffic = recordProjectorTraffic(projector)
  await projector.setViewportSize({ width: 1600, height: 900 })
  await expect(projector.getByTestId('projector-block')).toHaveText('Opening round')
  await expect(projector.getByTestId('projector-join')).toHaveCount(0)

  // The room opens on the test's loopback "network": the wall shows how to join.
  await app.getByRole('button', { name: 'Open the room…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Open the room' })
  await dialog.getByRole('button', { name: 'Open the room' }).click()
  const code = (await app.getByTestId('room-code').textContent())!
  const address = (await app.getByTestId('room-address').textContent())!
  const card = projector.getByTestId('projector-join')
  await expect(card.getByTestId('projector-code')).toHaveText(code)
  await expect(card).toContainText(address)
  await expect(card.getByRole('img', { name: `QR code for http://${address}/` })).toBeVisible()

  // A phone sends a signed contribution; the facilitator accepts it.
  const words = 'Open the library on Sundays'
  const sent = await app.request.post(`http://${address}/room/api/submit`, {
    data: { code, text: words, kind: 'idea', pseudonym: 'Karim' }
  })
  expect(sent.status()).toBe(200)
  await app.getByRole('tab', { name: 'From the room (1)' }).click()
  await app.getByRole('button', { name: `Accept “${words}”` }).click()
  await expect(app.getByRole('tab', { name: 'From the room (0)' })).toBeVisible()
  // Accepted is not shown: nothing reaches the wall until the facilitator says so.
  await projector.waitForTimeout(1500)
  await expect(projector.getByTestId('projector-contributions')).toHaveCount(0)
  await expect(projector.getByText(words)).toHaveCount(0)

  const showContributions = app.getByRole('switch', {
    name: 'Show accepted contributions on the projector (anonymised)'
  })
  await showContributions.click()
  await expect(showContributions).toBeChecked()
  const shown = projector.getByTestId('projector-contributions')
  await expect(shown).toContainText(words)
  await expect(shown).toContainText('Idea')
  expect(await seriousA11yViolations(projector)).toEqual([])
  await projector.screenshot({ path: join(import.meta.dirname, '../../docs/screenshots/projector-room.png') })

  // Hidden again, then the room closes: the join card leaves the wall.
  await showContributions.click()
  await expect(showContributions).not.toBeChecked()
  await expect(shown).toHaveCount(0)
  await app.getByRole('button', { name: 'Close the room' }).click()
  await expect(card).toHaveCount(0)

  const drawn = await projector.locator('body').innerText()
  for (const secret of SECRETS) expect(drawn).not.toContain(secret)
  for (const body of traffic.bodies) for (const secret of SECRETS) expect(body).not.toContain(secret)
  expect(new Set(traffic.channels)).toEqual(new Set(['projector:state']))
})

test('when live mode ends, the wall thanks the room under the session title; nothing of the last block stays, and Resume brings it back', async ({
  app,
  server,
  context
}, testInfo) => {
  const id = await scene(app, server)
  await app.evaluate((h) => (window.location.hash = h), `#/sessions/${id}/live`)
  await app.getByRole('button', { name: 'Start the session' }).click()
  await app.getByRole('button', { name: 'Next block' }).click()
  await expect(app.getByTestId('live-block')).toHaveText('World café')
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    app.getByRole('button', { name: 'Open the projector view' }).click()
  ])
  const traffic = recordProjectorTraffic(projector)
  await projector.setViewportSize({ width: 1600, height: 900 })
  await expect(projector.getByTestId('projector-block')).toHaveText('World café')

  // No room open: ending needs no confirmation.
  await app.getByRole('button', { name: 'End the session' }).click()
  await expect(app.getByRole('heading', { name: /^Live mode ended at/ })).toBeVisible()
  const ended = projector.getByTestId('projector-ended')
  await expect(ended.getByRole('heading', { level: 1 })).toHaveText('Projector room')
  await expect(ended.locator('[lang="en"]')).toContainText('Thank you for taking part')
  await expect(ended.locator('[lang="fr"]')).toContainText('Merci de votre participation')
  await expect(projector.getByTestId('projector-block')).toHaveCount(0)
  await expect(projector.getByTestId('projector-prompts')).toHaveCount(0)
  await expect(projector.getByRole('timer')).toHaveCount(0)
  await expect(projector.getByText('Block 2 of 2')).toHaveCount(0)
  expect(await seriousA11yViolations(projector)).toEqual([])
  await projector.screenshot({ path: testInfo.outputPath('projector-ended.png') })
  const drawn = await projector.locator('body').innerText()
  for (const stale of ['World café', 'How do your city’s documents', ...SECRETS])
    expect(drawn).not.toContain(stale)
  // An Arabic wall: the thank-you reads right to left, the Latin title keeps its own direction.
  await api(app, server, 'projector:set', { sessionId: id, languages: ['ar', 'en'] })
  await expect(projector.getByTestId('projector')).toHaveAttribute('dir', 'rtl')
  await expect(ended.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl')
  await expect(ended.locator('[lang="ar"]')).toContainText('شكرًا لمشاركتكم')
  expect(await seriousA11yViolations(projector)).toEqual([])
  await projector.screenshot({ path: testInfo.outputPath('projector-ended-ar.png') })

  // Ended by mistake: the wall follows the resumed block.
  await app.getByRole('button', { name: 'Resume the last block' }).click()
  await expect(projector.getByTestId('projector-block')).toHaveText('World café')
  await expect(projector.getByTestId('projector-ended')).toHaveCount(0)
  for (const body of traffic.bodies) for (const secret of SECRETS) expect(body).not.toContain(secret)
})
