// Ad-hoc look at Insights with a few sessions in three cities (not part of npm test).
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumPath, startServer } from '../bench/lib.mjs'

const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-look-'))
await mkdir('/tmp/shots', { recursive: true })
const server = await startServer(dataDir)
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu']
})
const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, reducedMotion: 'reduce' })
await page.goto(server.url)
await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
const lang = process.argv[2] ?? 'en'
await page.evaluate(async (lang) => {
  const call = async (channel, input) => {
    const r = await (
      await fetch(`api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-passerelle-token': sessionStorage.getItem('passerelle.token') ?? ''
        },
        body: JSON.stringify({ input })
      })
    ).json()
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.value
  }
  await call('settings:set', { language: lang })
  const cities = [
    [
      'Vivienda en Valencia',
      'Valencia',
      '2025-03-04',
      [
        'La vivienda asequible es la prioridad #vivienda',
        'El padrón sin domicilio fijo bloquea el acceso #padron',
        'Mediadores vecinales en cada barrio #mediacion'
      ]
    ],
    [
      'Atelier Grenoble',
      'Grenoble',
      '2024-11-20',
      [
        'Le guichet unique a simplifié les démarches #logement',
        'Les bibliothèques accueillent les nouveaux arrivants #accueil',
        'Interne : liste des contacts à rappeler'
      ]
    ],
    [
      'Sousse peer learning',
      'Sousse',
      '2026-02-02',
      [
        'Municipal ID card opens doors to services #housing',
        'Storytelling walks showed where the city closes doors #storytelling'
      ]
    ]
  ]
  for (const [title, place, date, notes] of cities) {
    const s = await call('sessions:create', { title, templateId: 'half-day-peer-learning' })
    await call('sessions:update', { id: s.id, details: { place, date } })
    for (const [i, text] of notes.entries())
      await call('captures:add', {
        sessionId: s.id,
        type: i === 1 ? 'barrier' : 'insight',
        text,
        blockId: null,
        speaker: null,
        tags: [...text.matchAll(/#([\p{L}-]+)/gu)].map((m) => m[1].toLowerCase()),
        consent: text.startsWith('Interne') ? 'internal' : 'anonymous'
      })
  }
}, lang)
await page.goto(`${new URL(server.url).origin}/#/insights/q=vivienda&place=Valencia`)
await page.reload()
await page.waitForSelector('[data-testid="insight-row"]')
await page.waitForTimeout(400)
await page.screenshot({ path: process.env.SHOT ?? `/tmp/shots/insights-search-${lang}.png` })
await page.goto(`${new URL(server.url).origin}/#/insights`)
await page.waitForTimeout(600)
await page.screenshot({ path: `/tmp/shots/insights-${lang}.png`, fullPage: true })
await browser.close()
await server.stop()
