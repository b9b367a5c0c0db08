import { execFileSync } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBrief, renderPdf, writeExport } from '../../../src/main/briefs'
import { directionOf, LANGUAGES } from '../../../src/shared/i18n/languages'
import { BRIEF_KINDS, type BriefInput, buildDocument, cardCount } from '../../../src/shared/pdf'
import { PDF_STRINGS, formatDayWithWeekday } from '../../../src/shared/pdf/strings'
import {
  ACCENTS,
  RESOURCES,
  SECRETS,
  SHARED,
  loadCatalog,
  loadPack,
  richBriefInput,
  richSession
} from '../../fixtures/briefs/session'
import { twentyNoteSession } from '../../fixtures/briefs/twenty-notes'
import { expectPhrase } from '../../support/pdf-phrase'
import { useTempDirs } from '../../support/temp-dir'
import { localizedText } from '../../../src/shared/content/localized'

const pack = loadPack()
const catalog = loadCatalog()
const input = richBriefInput

/** Extracted text with line breaks and runs of spaces folded, so phrases can wrap in the PDF. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}
const flat = (s: string) => s.replace(/\s+/g, ' ')
// -raw keeps a Latin cover's columns apart; it also gives Arabic words with marks (shadda) in
// drawing order, cut up, so a right-to-left cover is read in pdftotext's default reading order.
const firstPage = (file: string, direction: 'ltr' | 'rtl' = 'ltr') =>
  execFileSync(
    'pdftotext',
    ['-f', '1', '-l', '1', ...(direction === 'ltr' ? ['-raw'] : []), '-enc', 'UTF-8', file, '-'],
    { encoding: 'utf8' }
  )
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

const tempDir = useTempDirs()
// PDF_LOOK=/tmp/pdf-look keeps the files for looking at them.
const keep = process.env.PDF_LOOK

async function render(kind: (typeof BRIEF_KINDS)[number], data: BriefInput, name: string) {
  const dir = keep ?? (await tempDir())
  await mkdir(dir, { recursive: true })
  const { bytes, pages } = await renderPdf(buildDocument(kind, data), { resourcesDir: RESOURCES })
  const file = join(dir, `${name}.pdf`)
  await writeFile(file, bytes)
  return { file, pages, text: pdfText(file) }
}

describe.each(LANGUAGES)('briefs in %s', (lang) => {
  const s = PDF_STRINGS[lang]

  it.each(BRIEF_KINDS)('%s: accents round-trip, labels in the language, page x of y', async (kind) => {
    const { file, pages, text } = await render(kind, input(lang), `${kind}-${lang}`)
    expect(pageCount(file)).toBe(pages)
    const t = flat(text)
    for (const ch of ACCENTS) expect(t).toContain(ch)
    expectPhrase(t, s.documents[kind], directionOf(lang))
    expectPhrase(t, s.pageOf('1', String(pages)), directionOf(lang))
    expectPhrase(t, s.pageOf(String(pages), String(pages)), directionOf(lang))
    for (const secret of Object.values(SECRETS)) expect(t).not.toContain(secret)
  })

  it('facilitator pack: run sheet, methods from the catalog, personas, consent script', async () => {
    const t = flat((await render('facilitator-pack', input(lang), `pack-check-${lang}`)).text)
    expectPhrase(t, s.runSheet.title, directionOf(lang))
    expectPhrase(t, '09:30–09:50', directionOf(lang))
    expect(t).toContain(
      localizedText(catalog.methods.find((m) => m.id === 'case-clinic')!.title, lang).slice(0, 20)
    )
    expectPhrase(
      t,
      localizedText(pack.items.find((i) => i.id === 'case-barcelona')!.title, lang),
      directionOf(lang)
    )
    expectPhrase(t, 'Ñusta', directionOf(lang))
    expectPhrase(t, s.consentScript.title, directionOf(lang))
    expectPhrase(t, s.consentScript.chathamOff.slice(0, 30), directionOf(lang))
    expectPhrase(t, s.consentScript.quotesOn.slice(0, 30), directionOf(lang))
  })

  it('outcome brief: shared notes, quotes with consent, journeys, actions, coverage, agenda', async () => {
    const t = flat((await render('outcome-brief', input(lang), `brief-check-${lang}`)).text)
    for (const heading of [
      s.summary.title,
      s.insights.title,
      s.quotes.title,
      s.journeys.title,
      s.actions.title,
      s.coverage.title,
      s.agenda.title,
      s.attribution.title
    ]) {
      expectPhrase(t, heading, directionOf(lang))
    }
    expectPhrase(t, SHARED.insight, directionOf(lang))
    expectPhrase(t, SHARED.anonymous, directionOf(lang))
    expectPhrase(t, SHARED.quote, directionOf(lang))
    expectPhrase(t, SHARED.quoteSpeaker, directionOf(lang))
    expectPhrase(t, 'Cantine scolaire', directionOf(lang))
    expectPhrase(t, 'Service égalité', directionOf(lang))
    expectPhrase(t, s.agenda.notRun, directionOf(lang))
    expectPhrase(t, s.actions.ownerToAgree, directionOf(lang))
  })

  it('outcome brief: no quotes at all when quotes may not be attributed', async () => {
    const session = richSession()
    session.consent = { ...session.consent, attributableQuotes: false }
    const t = flat((await render('outcome-brief', input(lang, { session }), `noquotes-${lang}`)).text)
    expect(t).not.toContain(SHARED.quote)
    expect(t).not.toContain(SHARED.quoteSpeaker)
    expect(t).not.toContain('appelée par mon prénom')
    expectPhrase(t, s.quotes.notAllowed, directionOf(lang))
    expectPhrase(t, SHARED.insight, directionOf(lang))
  })

  it('cards: four to a page', async () => {
    const data = input(lang)
    const { file } = await render('cards', data, `cards-${lang}`)
    const cards = cardCount(data)
    expect(cards).toBeGreaterThan(4)
    expect(pageCount(file)).toBe(Math.ceil(cards / 4))
  })
})

describe('a 20-note outcome brief is dense: sections flow, the first page says when and where', () => {
  // It was eight. Letter pages are 50 points shorter than A4: the agenda and the source spill over.
  const MAX_PAGES = { A4: 4, LETTER: 5 } as const

  it.each(LANGUAGES)('%s: four pages on A4 (five on Letter), every note in it', async (lang) => {
    const s = PDF_STRINGS[lang]
    for (const pageSize of ['A4', 'LETTER'] as const) {
      const session = twentyNoteSession()
      const { file, text } = await render(
        'outcome-brief',
        input(lang, { session, pageSize }),
        `brief-20-${lang}-${pageSize}`
      )
      // Arabic labels run longer and Naskh needs taller lines: the coverage list and the source
      // note take one page more (looked at: nothing is cut, the last page holds the source note).
      expect(pageCount(file)).toBeLessThanOrEqual(MAX_PAGES[pageSize] + (lang === 'ar' ? 1 : 0))
      const t = flat(text)
      for (const note of session.captures) expectPhrase(t, note.text.slice(0, 40), directionOf(lang))
      const cover = flat(firstPage(file, directionOf(lang)))
      expectPhrase(cover, formatDayWithWeekday(lang, '2026-03-16'), directionOf(lang))
      expectPhrase(cover, '09:30–12:30', directionOf(lang))
      expectPhrase(cover, 'Grenoble — Maison des Habitants Chorier-Berriat', directionOf(lang))
      expectPhrase(cover, s.summary.title, directionOf(lang))
      expectPhrase(cover, s.insights.title, directionOf(lang))
    }
  })
})

describe('a full deck (a session that links nothing prints every card of each kind)', () => {
  it.each(LANGUAGES)('%s: every card fits its quarter page, on A4 and Letter', async (lang) => {
    const session = richSession({ blocks: [], personas: [] })
    for (const pageSize of ['A4', 'LETTER'] as const) {
      const data = input(lang, { session, pageSize })
      const cards = cardCount(data)
      expect(cards).toBe(
        pack.items.filter((i) => i.kind === 'prompt' || i.kind === 'case-study').length +
          catalog.personas.length +
          catalog.methods.length
      )
      const { file } = await render('cards', data, `deck-${lang}-${pageSize}`)
      expect(pageCount(file)).toBe(Math.ceil(cards / 4))
    }
  })
})

describe('letter paper', () => {
  it('renders every document on US Letter with cards still four to a page', async () => {
    for (const kind of BRIEF_KINDS) {
      const data = input('en', { pageSize: 'LETTER' })
      const { file } = await render(kind, data, `${kind}-letter`)
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/612 x 792 pts/)
      if (kind === 'cards') expect(pageCount(file)).toBe(Math.ceil(cardCount(data) / 4))
    }
  })
})

describe('writing an export', () => {
  it('writes into the chosen folder under a safe name, never replacing a file', async () => {
    const dir = await tempDir()
    const first = await exportBrief('outcome-brief', input('fr'), {
      resourcesDir: RESOURCES,
      destinationDir: dir,
      fileName: '../../etc/passwd'
    })
    expect(first.path).toBe(join(dir, 'etc-passwd'))
    const second = await writeExport(Buffer.from('x'), dir, 'CON.pdf')
    expect(second).toBe(join(dir, '_CON.pdf'))
    const third = await writeExport(Buffer.from('y'), dir, 'CON.pdf')
    expect(third).toBe(join(dir, '_CON (2).pdf'))
    expect((await readdir(dir)).sort()).toEqual(['_CON (2).pdf', '_CON.pdf', 'etc-passwd'])
  })

  it('names the file after the session, document and date by default', async () => {
    const dir = await tempDir()
    const { path } = await exportBrief('cards', input('es'), { resourcesDir: RESOURCES, destinationDir: dir })
    expect(path.startsWith(dir)).toBe(true)
    expect(path).toContain('Tarjetas para imprimir — 2026-03-17.pdf')
  })

  it('a cancelled export throws export/cancelled and leaves nothing in the folder', async () => {
    for (const when of ['before', 'during'] as const) {
      const dir = await tempDir()
      const controller = new AbortController()
      if (when === 'before') controller.abort()
      const run = exportBrief('outcome-brief', input('en'), {
        resourcesDir: RESOURCES,
        destinationDir: dir,
        signal: controller.signal,
        onProgress: () => controller.abort()
      })
      await expect(run).rejects.toMatchObject({ code: 'export/cancelled' })
      expect(await readdir(dir)).toEqual([])
    }
  })

  it('a missing destination is export/destination, with no temp file left anywhere', async () => {
    const dir = await tempDir()
    await expect(writeExport(Buffer.from('x'), join(dir, 'missing'), 'a.pdf')).rejects.toMatchObject({
      code: 'export/destination'
    })
    expect(await readdir(dir)).toEqual([])
  })
})
