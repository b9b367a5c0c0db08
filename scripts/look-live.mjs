// Ad-hoc look at live mode at a laptop size (not part of npm test).
import { mkdir } from 'node:fs/promises'
import { openApp } from './open-app.mjs'

await mkdir('/tmp/shots', { recursive: true })
const { page, call, visit, close } = await openApp({ viewport: { width: 1366, height: 820 } })
const lang = process.argv[2] ?? 'en'
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
await visit(`#/sessions/${s.id}/live`)
await page.waitForSelector('[data-testid="capture-input"]')
await page.waitForTimeout(500)
await page.screenshot({ path: `/tmp/shots/live-${lang}.png` })
await close()
