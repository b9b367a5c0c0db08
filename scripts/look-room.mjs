// node scripts/look-room.mjs: the room as the facilitator and a phone see it, in EN/ES/FR/AR, into
// docs/screenshots/ (room-live-en.png, room-phone-<lang>.png). The room listens on 127.0.0.2 only.
import { join } from 'node:path'
import { devices } from '@playwright/test'
import { openApp } from './open-app.mjs'
import { ROOT, buildIfStale } from './lib.mjs'

if ((await buildIfStale()) !== 0) process.exit(1)
const outDir = join(ROOT, 'docs/screenshots')
const { page, browser, call, close } = await openApp({
  viewport: { width: 1280, height: 900 },
  env: { PASSERELLE_ROOM_TEST_ADDRESS: '127.0.0.2' },
  prefix: 'passerelle-room-shots-'
})
const session = await call('sessions:create', {
  title: 'Peer learning on inclusive local citizenship',
  templateId: 'half-day-peer-learning'
})
await call('live:mark', { sessionId: session.id, blockId: session.blocks[1].id, event: 'start' })
for (const name of ['Proof of residence', 'Language at the counter'])
  await call('synthesis:add-cluster', { sessionId: session.id, name })
const status = await call('room:open', { sessionId: session.id, host: '127.0.0.2' })
const clusters = (await call('sessions:get', { id: session.id })).synthesis.clusters.map((c) => c.id)
await call('room:publish', {
  sessionId: session.id,
  prompt: 'What would make the town hall easier to reach for newcomers?',
  clusterIds: clusters
})

for (const lang of ['en', 'es', 'fr', 'ar']) {
  const context = await browser.newContext({ ...devices['Pixel 5'], locale: lang })
  const phone = await context.newPage()
  await phone.goto(`${status.url}#${status.code}`)
  await phone.getByRole('heading', { level: 2 }).first().waitFor()
  if (lang === 'en') {
    await phone.getByRole('textbox').first().fill('Evening opening hours once a week')
    await phone.getByRole('button').filter({ hasText: 'Send' }).click()
    await phone.getByText('Received').waitFor()
  }
  if (lang === 'ar') {
    await phone.getByRole('textbox').first().fill('فتح مكتب الاستقبال مساءً مرة في الأسبوع')
    await phone.getByRole('button').filter({ hasText: 'إرسال' }).click()
    await phone.getByText('وصلت مساهمتك').waitFor()
  }
  await phone.screenshot({ path: join(outDir, `room-phone-${lang}.png`), fullPage: true })
  console.log(`docs/screenshots/room-phone-${lang}.png`)
  await context.close()
}
await page.evaluate((h) => (window.location.hash = h), `#/sessions/${session.id}/live`)
await page.getByTestId('room-banner').waitFor()
await page.waitForTimeout(3500)
await page.screenshot({ path: join(outDir, 'room-live-en.png'), fullPage: true })
console.log('docs/screenshots/room-live-en.png')
await close()
