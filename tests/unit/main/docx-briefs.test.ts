import { readFile, readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { exportBrief, renderDocx } from '../../../src/main/briefs'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import {
  BRIEF_KINDS,
  type BriefInput,
  briefFileName,
  buildDocument,
  cardCount
} from '../../../src/shared/pdf'
import { caps } from '../../../src/shared/pdf/layout'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import { flatText, readDocx, styled, tables, xmlText } from '../../support/docx'
import { useTempDirs } from '../../support/temp-dir'
import {
  ACCENTS,
  RESOURCES,
  SECRETS,
  SHARED,
  loadCatalog,
  richBriefInput,
  richSession
} from '../../fixtures/briefs/session'
import { localizedText } from '../../../src/shared/content/localized'

/**
 * Word briefs, converted from the very definitions the PDFs are drawn from (src/main/briefs/docx),
 * read back from word/document.xml as the PDF tests read pdftotext: the same labels in the
 * brief's language, the same notes in and out under consent, and Word's own structure on top.
 */
const catalog = loadCatalog()
const input = richBriefInput
const flat = (s: string) => s.replace(/\s+/g, ' ')
const WORD_LANGUAGE = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', ar: 'ar-TN' } as const

async function word(kind: (typeof BRIEF_KINDS)[number], data: BriefInput) {
  const def = buildDocument(kind, data)
  const parts = readDocx(await renderDocx(def))
  return { def, ...parts, text: flatText(parts.document) }
}

/** The table whose first row holds all these texts (a header row, as the PDF prints it). */
const tableHeaded = (xml: string, headers: string[]) =>
  tables(xml).find((t) => {
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? ''
    return headers.every((h) => xmlText(firstRow).includes(h))
  })

describe.each(LANGUAGES)('Word briefs in %s', (lang) => {
  const s = PDF_STRINGS[lang]

  it.each(BRIEF_KINDS)('%s: accents intact, labels in the language, nothing held back', async (kind) => {
    const { def, document, styles, core, footers, headers, text } = await word(kind, input(lang))
    for (const ch of ACCENTS) expect(text).toContain(ch)
    const furniture = [...headers, ...footers].map(xmlText).join(' ')
    expect(flat(furniture)).toContain(flat(s.documents[kind]))
    // Word numbers the pages itself: PAGE and NUMPAGES fields, not a count frozen at export.
    expect(footers.join('')).toContain('NUMPAGES')
    expect(styles).toContain(`<w:lang w:val="${WORD_LANGUAGE[lang]}"/>`)
    expect(core).toContain(`<dc:title>${def.info.title}</dc:title>`)
    for (const secret of Object.values(SECRETS)) {
      expect(document).not.toContain(secret)
      expect(furniture).not.toContain(secret)
    }
  })

  it('facilitator pack: title, then its parts as Word headings; the run sheet is a table', async () => {
    const { document, text } = await word('facilitator-pack', input(lang))
    expect(styled(document, 'Title')).toEqual([richSession().title])
    expect(styled(document, 'Heading1')).toEqual([s.runSheet.title, s.personas.title, s.consentScript.title])
    expect(styled(document, 'Heading2')).toEqual(expect.arrayContaining([s.facts.title, 'Ñusta']))
    const runSheet = tableHeaded(document, [caps(lang, s.runSheet.time), caps(lang, s.runSheet.block)])
    expect(runSheet).toContain('<w:tblHeader/>')
    expect(xmlText(runSheet!)).toContain('09:30–09:50')
    expect(text).toContain(
      localizedText(catalog.methods.find((m) => m.id === 'case-clinic')!.title, lang).slice(0, 20)
    )
    expect(text).toContain(flat(s.consentScript.quotesOn.slice(0, 30)))
  })

  it('outcome brief: sections as Heading 1, shared notes in, tables where the PDF has them', async () => {
    const { document, text } = await word('outcome-brief', input(lang))
    expect(styled(document, 'Heading1')).toEqual([
      s.summary.title,
      s.insights.title,
      s.quotes.title,
      s.journeys.title,
      s.actions.title,
      s.coverage.title,
      s.agenda.title,
      s.attribution.title
    ])
    expect(styled(document, 'Heading2')).toContain(s.insights.byCluster)
    for (const shared of [SHARED.insight, SHARED.anonymous, SHARED.quote, SHARED.quoteSpeaker])
      expect(text).toContain(shared)
    const headed = (...h: string[]) =>
      tableHeaded(
        document,
        h.map((x) => caps(lang, x))
      )
    for (const table of [
      headed(s.insights.item, s.insights.votes),
      headed(s.journeys.persona, s.journeys.doors, s.journeys.walls),
      headed(s.actions.action, s.actions.owner, s.actions.status),
      headed(s.agenda.block, s.agenda.planned)
    ]) {
      expect(table).toBeDefined()
      expect(table).toContain('<w:tblHeader/>')
    }
    expect(xmlText(headed(s.actions.action)!)).toContain(s.actions.ownerToAgree)
  })

  it('outcome brief: no quotes at all when quotes may not be attributed', async () => {
    const session = richSession()
    session.consent = { ...session.consent, attributableQuotes: false }
    const { text } = await word('outcome-brief', input(lang, { session }))
    expect(text).not.toContain(SHARED.quote)
    expect(text).not.toContain(SHARED.quoteSpeaker)
    expect(text).toContain(flat(s.quotes.notAllowed))
    expect(text).toContain(SHARED.insight)
  })

  it('cards: four to a table, each card a heading, the cut lines kept as dashed borders', async () => {
    const data = input(lang)
    const { document } = await word('cards', data)
    const cards = cardCount(data)
    expect(styled(document, 'Heading1')).toHaveLength(cards)
    expect(tables(document)).toHaveLength(Math.ceil(cards / 4))
    expect(document).toContain('w:val="dashed"')
  })
})

describe('page and styles', () => {
  it('A4 and US Letter pages, with the PDF margins', async () => {
    const a4 = await word('outcome-brief', input('en'))
    expect(a4.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(a4.document).toMatch(/<w:pgMar [^>]*w:left="1120"/)
    const letter = await word('outcome-brief', input('en', { pageSize: 'LETTER' }))
    expect(letter.document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
  })

  it('Heading 1–3 are Word’s heading styles, with their outline level (the navigation pane)', async () => {
    const { styles } = await word('facilitator-pack', input('fr'))
    for (const level of [1, 2, 3]) {
      const style = new RegExp(
        `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`
      )
      expect(styles).toMatch(style)
    }
    expect(styles).toContain('w:styleId="Title"')
  })
})

describe('file names', () => {
  const tempDir = useTempDirs()

  it('named as the PDF is, with .docx: session, document, day, made safe', async () => {
    expect(briefFileName('Atelier « accès »', 'outcome-brief', 'fr', '2026-03-16', 'docx')).toBe(
      'Atelier « accès » — Note de synthèse — 2026-03-16.docx'
    )
    expect(briefFileName('a/b: c?', 'cards', 'es', '2026-03-16', 'docx')).toMatch(
      /^[^/:?]+ — Tarjetas para imprimir — 2026-03-16\.docx$/
    )
    const dir = await tempDir()
    const { path, pages } = await exportBrief('cards', input('es'), {
      resourcesDir: RESOURCES,
      destinationDir: dir,
      file: 'docx'
    })
    expect(pages).toBeNull()
    expect(path).toMatch(/Tarjetas para imprimir — 2026-03-17\.docx$/)
    expect(readDocx(await readFile(path)).names).toContain('word/document.xml')
    expect(await readdir(dir)).toHaveLength(1)
  })
})
