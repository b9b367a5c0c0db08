// Ad-hoc look at live mode at a laptop size (not part of npm test).
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumPath, startServer } from '../bench/lib.mjs'

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-look-'))
const server = await startServer(dataDir)
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu']
})
const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, reducedMotion: 'reduce' })
await page.goto(server.url)
await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
const lang = process.argv[2] ?? 'en'
const id = await page.evaluate(async (lang) => {
  const call = async (channel, input) =>
    (
      await (
        await fetch(`api/${channel}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-passerelle-token': sessionStorage.getItem('passerelle.token') ?? ''
          },
          body: JSON.stringify({ input })
        })
      ).json()
    ).value
  await call('settings:set', { language: lang })
  const s = await call('sessions:create', {
    title: 'Sousse storytelling',
    templateId: 'half-day-peer-learning'
  })
  await call('live:mark', { sessionId: s.id, blockId: s.blocks[0].id, event: 'start' })
  for (let i = 1; i <= 18; i++)
    await call('captures:add', {
      sessionId: s.id,
      type: 'insight',
      text: `Note number ${i} about the town hall desk`,
      blockId: s.blocks[0].id,
      speaker: null
    })
  return s.id
}, lang)
await page.goto(`${new URL(server.url).origin}/#/sessions/${id}/live`)
await page.reload()
await page.waitForSelector('[data-testid="capture-input"]')
await page.waitForTimeout(500)
await page.screenshot({ path: `/tmp/shots/live-${lang}.png` })
await browser.close()
await server.stop()
