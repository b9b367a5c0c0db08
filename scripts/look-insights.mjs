// Ad-hoc look at Insights with a few sessions in three cities (not part of npm test).
import { mkdir } from 'node:fs/promises'
import { openApp } from './open-app.mjs'

await mkdir('/tmp/shots', { recursive: true })
const { page, call, visit, close } = await openApp({ viewport: { width: 1366, height: 860 } })
const lang = process.argv[2] ?? 'en'
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
await visit('#/insights/q=vivienda&place=Valencia')
await page.waitForSelector('[data-testid="insight-row"]')
await page.waitForTimeout(400)
await page.screenshot({ path: process.env.SHOT ?? `/tmp/shots/insights-search-${lang}.png` })
await page.goto(page.url().replace(/#.*$/, '#/insights'))
await page.waitForTimeout(600)
await page.screenshot({ path: `/tmp/shots/insights-${lang}.png`, fullPage: true })
await close()
