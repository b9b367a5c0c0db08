import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PAYLOADS } from '../support/xss-payloads'

async function api<T>(page: Page, origin: string, token: string, channel: string, input?: unknown) {
  const response = await page.request.post(`${origin}/api/${channel}`, {
    headers: { 'x-passerelle-token': token, 'content-type': 'application/json' },
    data: JSON.stringify({ input })
  })
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  expect(body.ok, `${channel}: ${JSON.stringify(body.error)}`).toBe(true)
  return body.value
}

async function expectNothingRan(page: Page, where: string) {
  expect(
    await page.evaluate(() => (window as { __xss?: number }).__xss),
    `script ran on ${where}`
  ).toBeUndefined()
  const badLinks = await page.evaluate(() =>
    [...document.body.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a) ?? ''))
      .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v))
  )
  expect(badLinks, `javascript:/data: links on ${where}`).toEqual([])
  expect(await page.locator('iframe, object, embed, body script:not([type="module"])').count(), where).toBe(0)
}

test('markup and script typed into every field, or brought in by a pack, never run on any screen', async ({
  app,
  server
}) => {
  const dialogs: string[] = []
  app.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const call = <T>(channel: string, input?: unknown) =>
    api<T>(app, server.origin, server.token, channel, input)
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!

  // A pack whose every text is a payload (the valid test pack, rewritten).
  const pack = JSON.parse(
    await readFile(join(import.meta.dirname, '../fixtures/packs/valid-mini.json'), 'utf8')
  )
  let n = 0
  const poison = (v: unknown): unknown =>
    typeof v === 'string'
      ? v
      : Array.isArray(v)
        ? v.map(poison)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v).map(([k, x]) =>
                ['en', 'es', 'fr'].includes(k) && typeof x === 'string'
                  ? [k, `${p(n++)} ${x}`]
                  : [k, poison(x)]
              )
            )
          : v
  await call('content:import', { content: JSON.stringify({ ...(poison(pack) as object), id: 'xss-pack' }) })

  const session = await call<{ id: string }>('sessions:create', { title: p(0) })
  await call('sessions:update', {
    id: session.id,
    details: {
      objectives: p(1),
      audience: p(2),
      place: p(3),
      notes: p(4),
      consent: { chathamHouse: false, attributableQuotes: true, photos: false, note: p(5) }
    }
  })
  const blocks = Array.from({ length: 3 }, (_, i) => ({
    id: `block${i}xss`,
    title: p(i + 6),
    kind: 'activity',
    methodId: null,
    durationMinutes: 20,
    notes: p(i + 1),
    materials: p(i + 2),
    links: [],
    protected: false,
    day: 1
  }))
  await call('sessions:set-agenda', { id: session.id, blocks })
  const personas = [0, 1].map((i) => ({
    id: `persona${i}xss`,
    name: p(i).slice(0, 60),
    age: 30,
    gender: p(i + 1).slice(0, 100),
    family: p(i + 2),
    education: p(i + 3),
    timeSinceArrival: p(i + 4).slice(0, 100),
    administrativeStatus: p(i + 5),
    vulnerabilities: p(i + 6),
    story: p(i + 7),
    fictional: true,
    group: p(i + 8).slice(0, 60)
  }))
  await call('sessions:set-personas', { id: session.id, personas })
  const notes: Array<{ id: string }> = []
  for (let i = 0; i < PAYLOADS.length; i++)
    notes.push(
      (
        await call<{ value: { id: string } }>('captures:add', {
          sessionId: session.id,
          type: i % 2 ? 'quote' : 'insight',
          text: p(i),
          blockId: blocks[0]!.id,
          speaker: p(i + 3).slice(0, 60),
          consent: 'shareable'
        })
      ).value
    )
  await call('journeys:add', {
    sessionId: session.id,
    personaId: 'persona0xss',
    place: 'service',
    label: p(2),
    outcome: 'wall',
    note: p(3)
  })
  await call('synthesis:add-cluster', {
    sessionId: session.id,
    name: p(4).slice(0, 120),
    noteIds: [notes[0]!.id]
  })
  await call('actions:add', { sessionId: session.id, text: p(5), owner: p(6).slice(0, 120), due: null })
  await call('annotations:save', { target: 'uclg-plm-28:case-barcelona', text: p(7) })
  await call('own-items:save', { title: p(8), body: p(9), language: 'en', purpose: null })

  const screens: Array<[string, string]> = [
    ['library', '#/library'],
    ['annotated item', '#/library/uclg-plm-28:case-barcelona'],
    ['imported pack item', '#/library/xss-pack:welcome-desk'],
    ['sessions', '#/sessions'],
    ['session editor', `#/sessions/${session.id}`],
    ['live mode', `#/sessions/${session.id}/live`],
    ['synthesis', `#/sessions/${session.id}/synthesis`]
  ]
  for (const [name, hash] of screens) {
    await app.goto(new URL(hash, server.origin + '/').href)
    await expect(app.locator('html[data-ready="true"]')).toBeAttached()
    await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible()
    await expectNothingRan(app, name)
  }
  // The session's other tabs, the journeys tab, and a search that matches the payloads.
  await app.goto(new URL(`#/sessions/${session.id}`, server.origin + '/').href)
  for (const tab of [/Personas/, /Details/]) {
    await app.getByRole('tab', { name: tab }).click()
    await expectNothingRan(app, `session tab ${tab}`)
  }
  await app.goto(new URL(`#/sessions/${session.id}/live`, server.origin + '/').href)
  await app.getByRole('tab', { name: 'Journeys' }).click()
  await expectNothingRan(app, 'journeys')
  await app.goto(new URL('#/library', server.origin + '/').href)
  await app.getByRole('searchbox').first().fill('window')
  await app.getByText('All languages').click()
  await expect(app.getByText(/result/).first()).toBeVisible()
  await expectNothingRan(app, 'search results')
  expect(dialogs).toEqual([])
})
