// npm run screenshots: the screens a new user sees, in EN/ES/FR, into docs/screenshots/ (for the
// README and for looking at what we build). Uses the built server and Debian Chromium.
import { join } from 'node:path'
import { openApp } from './open-app.mjs'
import { ROOT, buildIfStale } from './lib.mjs'

if ((await buildIfStale()) !== 0) process.exit(1)
const outDir = join(ROOT, 'docs/screenshots')
const { page, call, close } = await openApp({
  viewport: { width: 1280, height: 800 },
  prefix: 'passerelle-shots-'
})

// A realistic session to look at: the three-day template, through the same API the UI uses.
const session = await call('sessions:create', {
  title: 'Peer learning on inclusive local citizenship',
  templateId: 'half-day-peer-learning',
  plannedEnd: '12:30'
})
await call('live:mark', { sessionId: session.id, blockId: session.blocks[0].id, event: 'start' })
for (const [type, text] of [
  ['barrier', 'The registration office asks for a lease many tenants do not have.'],
  ['enabler', 'A neighbourhood association vouches for residence instead.'],
  ['question', 'Could the city accept a declaration on honour?']
])
  await call('captures:add', {
    sessionId: session.id,
    type,
    text,
    blockId: session.blocks[0].id,
    speaker: 'Group B'
  })
const [first, second] = (await call('sessions:get', { id: session.id })).captures
await call('synthesis:add-cluster', {
  sessionId: session.id,
  name: 'Proof of residence',
  noteIds: [first.id, second.id]
})
await call('synthesis:update-cluster', {
  sessionId: session.id,
  clusterId: (await call('sessions:get', { id: session.id })).synthesis.clusters[0].id,
  patch: { votes: 4 }
})
await call('actions:add', {
  sessionId: session.id,
  text: 'Draft a declaration-on-honour form',
  owner: 'Registry team',
  due: '2027-02-15'
})
const screens = (
  process.env.SCREENS ??
  `#/library,#/sessions,#/sessions/${session.id},#/sessions/${session.id}/live,#/sessions/${session.id}/synthesis,#/insights,#/settings`
).split(',')
for (const lang of ['en', 'es', 'fr']) {
  await page.getByTestId('language-select').selectOption(lang)
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
  for (const hash of screens) {
    await page.evaluate((h) => (window.location.hash = h), hash)
    await page.waitForTimeout(300)
    const name = `${hash
      .replace(session.id, 'editor')
      .replace(/[#/:]+/g, '-')
      .replace(/^-|-$/g, '')}-${lang}.png`
    await page.screenshot({ path: join(outDir, name) })
    console.log(`docs/screenshots/${name}`)
  }
}
await close()
