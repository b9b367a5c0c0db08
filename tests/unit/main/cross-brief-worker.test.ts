import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { liveBriefWorkers, renderCrossBriefInWorker, stopBriefWorkers } from '../../../src/main/briefs'
import { decodeCrossInput, encodeCrossInput } from '../../../src/main/briefs/cross-brief-job'
import { directionOf, LANGUAGES, type Language } from '../../../src/shared/i18n/languages'
import { type CrossBriefInput, previewCrossSession } from '../../../src/shared/pdf'
import { crossSessionData } from '../../../src/shared/pdf/cross-session-data'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import { realisticCrossInput } from '../../fixtures/briefs/cross-board'
import {
  CROSS_SECRETS,
  CROSS_SHARED,
  ORIGINS,
  THEMES,
  crossInput
} from '../../fixtures/briefs/cross-sessions'
import { ACCENTS, RESOURCES } from '../../fixtures/briefs/session'
import { codeOf } from '../../support/result-value'
import { expectPhrase } from '../../support/pdf-phrase'
import { useTempDirs } from '../../support/temp-dir'
import { localizedText } from '../../../src/shared/content/localized'

/**
 * Cross-session briefs rendered by the brief worker (out/main/brief-worker.js: build first, as for
 * brief-worker.test.ts) and read back with pdftotext.
 */
const tempDir = useTempDirs()
// PDF_LOOK=/tmp/pdf-look keeps the files for looking at them.
const keep = process.env.PDF_LOOK
const flat = (s: string) => s.replace(/\s+/g, ' ')
const count = (text: string, part: string) => text.split(part).length - 1

async function render(input: CrossBriefInput, name: string) {
  const dir = keep ?? (await tempDir())
  await mkdir(dir, { recursive: true })
  const { bytes, pages } = await renderCrossBriefInWorker(input, { resourcesDir: RESOURCES })
  const file = join(dir, `${name}.pdf`)
  await writeFile(file, bytes)
  const read = (...args: string[]) =>
    execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  return { pages, text: flat(read()), layout: read('-layout'), pageTexts: read().split('\f').map(flat) }
}

afterAll(stopBriefWorkers)

describe.each(LANGUAGES)(
  'a cross-session brief in %s, from three cities with three sets of rules',
  (lang) => {
    const s = PDF_STRINGS[lang]
    const c = s.crossBrief

    it('prints the notes each session allows, with the speakers it allows, and nothing else', async () => {
      const { text } = await render(crossInput(lang), `cross-${lang}`)
      for (const secret of Object.values(CROSS_SECRETS)) expect(text).not.toContain(secret)
      for (const note of [
        CROSS_SHARED.grenobleInsight,
        CROSS_SHARED.grenobleQuestion,
        CROSS_SHARED.grenobleQuote,
        CROSS_SHARED.barcelonaInsight,
        CROSS_SHARED.barcelonaIdea,
        CROSS_SHARED.sousseQuote,
        CROSS_SHARED.sousseEnabler,
        CROSS_SHARED.sousseDecision
      ])
        expectPhrase(text, note, directionOf(lang))
      for (const speaker of [
        CROSS_SHARED.grenobleSpeaker,
        CROSS_SHARED.grenobleQuoteSpeaker,
        CROSS_SHARED.sousseQuoteSpeaker,
        CROSS_SHARED.sousseDecisionSpeaker
      ])
        expectPhrase(text, speaker, directionOf(lang))
      for (const ch of ACCENTS) expect(text).toContain(ch)
    })

    it('holds what the preview counts: each printed note once per theme it is in', async () => {
      const input = crossInput(lang)
      const { text } = await render(input, `cross-count-${lang}`)
      const preview = previewCrossSession(input)
      const notes = crossSessionData(input).themes.flatMap((t) => t.groups.flatMap((g) => g.notes))
      const unique = [...new Set(notes.map((n) => n.text))]
      expect(unique.reduce((sum, note) => sum + count(text, flat(note)), 0)).toBe(preview.included)
      expect(count(text, CROSS_SHARED.grenobleInsight)).toBe(2)
      expectPhrase(text, s.summary.notesShared.other, directionOf(lang))
    })

    it('headings in the language, the themes as headings, every city and origin in the sources', async () => {
      const { text, pages } = await render(crossInput(lang), `cross-headings-${lang}`)
      for (const h of [c.document, s.summary.title, c.themesTitle, c.coverage.title, c.sources.title])
        expectPhrase(text, h, directionOf(lang))
      for (const theme of Object.values(THEMES)) expectPhrase(text, theme, directionOf(lang))
      expectPhrase(text, s.pageOf(String(pages), String(pages)), directionOf(lang))
      const sources = text.slice(text.lastIndexOf(flat(c.sources.title)))
      for (const place of ['Grenoble — Maison des Habitants', 'Barcelona — Casa del Mig', 'Sousse, Tunisia'])
        expectPhrase(sources, place, directionOf(lang))
      expectPhrase(sources, ORIGINS.barcelona, directionOf(lang))
      expectPhrase(sources, ORIGINS.sousse, directionOf(lang))
      expectPhrase(sources, c.sources.ownSession, directionOf(lang))
      expect(sources).not.toContain('Marseille')
    })

    it('the coverage table marks what each session reached, and only that', async () => {
      const input = crossInput(lang)
      const { layout } = await render(input, `cross-coverage-${lang}`)
      const title = (id: string) => localizedText(input.pack.items.find((i) => i.id === id)!.title, lang)
      // A right-to-left line comes out run by run: the title's words, in whatever order.
      const holds = (l: string, t: string) => t.split(/[\s،,]+/u).every((w) => l.includes(w))
      const line = (id: string) => layout.split('\n').filter((l) => holds(l, title(id)))
      // Grenoble's agenda only (column 1): an open circle.
      const rtl = directionOf(lang) === 'rtl'
      const open = rtl ? /1\/3\s+○/ : /○\s+1\/3/
      expect(line('case-grenoble').some((l) => open.test(l) && !l.includes('●'))).toBe(true)
      // Sousse's notes only (column 3): a filled one, further along than Grenoble's mark (further
      // left in a mirrored, right-to-left table).
      const sousse = line('case-sousse').find((l) => l.includes('●'))!
      const grenoble = line('case-grenoble').find((l) => l.includes('○'))!
      if (rtl) expect(sousse.indexOf('●')).toBeLessThan(grenoble.indexOf('○'))
      else expect(sousse.indexOf('●')).toBeGreaterThan(grenoble.indexOf('○'))
      // Linked by an internal note only: listed as not reached, never marked.
      expect(line('case-valencia').every((l) => !/[●○]/.test(l))).toBe(true)
    })
  }
)

describe('a realistic board: four cities, three themes, forty notes', () => {
  it.each(['fr', 'en'] as Language[])(
    '%s: no heading left at the foot of a page, on A4 and Letter',
    async (lang) => {
      const s = PDF_STRINGS[lang].crossBrief
      for (const pageSize of ['A4', 'LETTER'] as const) {
        // Fewer or more notes move the sections up and down the pages.
        for (const drop of [0, 2, 5, 9, 14]) {
          const input = realisticCrossInput(lang, { pageSize })
          input.board.themes[0]!.notes.splice(0, drop)
          const { pageTexts, pages } = await render(input, `real-${lang}-${pageSize}-${drop}`)
          expect(pages).toBeLessThanOrEqual(6)
          const where = (part: string) => pageTexts.findIndex((p) => p.includes(flat(part)))
          // Each section's title shares its page with the start of what it introduces.
          const coverage = pageTexts[where(s.coverage.title)]!
          expect(
            coverage.indexOf(
              localizedText(input.pack.items.find((i) => i.id === 'case-grenoble')!.title, lang)
            )
          ).toBeGreaterThan(coverage.indexOf(flat(s.coverage.title)))
          expect(pageTexts[where(s.sources.title)]).toContain(input.sessions[0]!.title.slice(0, 12))
          for (const theme of input.board.themes) {
            const page = pageTexts[where(theme.name)]!
            expect(page.slice(page.indexOf(flat(theme.name)))).toMatch(/\d{4}/)
          }
        }
      }
    }
  )

  it('many sessions: the coverage table splits its columns into even runs, each with its own title', async () => {
    const base = realisticCrossInput('en')
    const sessions = Array.from({ length: 9 }, (_, k) => ({
      ...structuredClone(base.sessions[k % 4]!),
      id: `manySessions${k}`,
      place: `City ${k + 1}`,
      date: `2026-0${k + 1}-15`
    }))
    const themes = base.board.themes.map((t, i) => ({
      ...t,
      notes: sessions.map((x) => ({ sessionId: x.id, noteId: x.captures[i]!.id }))
    }))
    const input = { ...base, sessions, board: { ...base.board, themes } }
    const { text } = await render(input, 'many-sessions')
    const s = PDF_STRINGS.en.crossBrief.coverage
    expectPhrase(text, s.columns('1', '5', '9'))
    expectPhrase(text, s.columns('6', '9', '9'))
    for (let k = 1; k <= 9; k++) expectPhrase(text, `City ${k}`)
  })
})

describe('the cross-session job', () => {
  it('goes over as it was when the export started, whatever changes meanwhile', async () => {
    const input = crossInput('es')
    const original = structuredClone(input)
    const encoded = encodeCrossInput(input)
    input.sessions[0]!.captures.push({ ...input.sessions[0]!.captures[0]!, id: 'addedAfter01' })
    input.sessions[0]!.title = 'RENAMED-AFTER-START'
    input.sessions.pop()
    expect(decodeCrossInput(await encoded)).toEqual(original)
  })

  it('an export already cancelled starts nothing', async () => {
    const controller = new AbortController()
    controller.abort()
    const before = liveBriefWorkers()
    const run = renderCrossBriefInWorker(crossInput('fr'), {
      resourcesDir: RESOURCES,
      signal: controller.signal
    })
    expect(await codeOf(run)).toBe('export/cancelled')
    expect(liveBriefWorkers()).toBe(before)
  })
})
