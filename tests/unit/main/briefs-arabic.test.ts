import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDocx, renderPdf } from '../../../src/main/briefs'
import {
  BRIEF_KINDS,
  type BriefKind,
  type DocDefinition,
  buildCrossSessionDocument,
  buildDocument
} from '../../../src/shared/pdf'
import { crossInput } from '../../fixtures/briefs/cross-sessions'
import { ARABIC, IN_FRENCH, arabicRuns, arabicSession, arabicWords } from '../../fixtures/briefs/arabic'
import { ROOT, RESOURCES, SECRETS, richBriefInput, richSession } from '../../fixtures/briefs/session'
import { readDocx } from '../../support/docx'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
// PDF_LOOK=/tmp/pdf-look keeps the files for looking at them (pdftoppm -png).
const keep = process.env.PDF_LOOK

async function render(def: DocDefinition, name: string) {
  const dir = keep ?? (await tempDir())
  await mkdir(dir, { recursive: true })
  const { bytes } = await renderPdf(def, { resourcesDir: RESOURCES })
  const file = join(dir, `${name}.pdf`)
  await writeFile(file, bytes)
  return file
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const text = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-'])
/** Arabic words in reading order, as pdftotext gives them. */
const wordsOf = (file: string) => arabicWords(text(file))

const arabicInput = () => richBriefInput('fr', { session: arabicSession() })
const ORDERED = [
  ARABIC.insight,
  ARABIC.latinName,
  ARABIC.numbers,
  ARABIC.email,
  ARABIC.tag,
  ARABIC.lamAlef,
  ARABIC.long
]

/** True when `needle`'s words occur in `hay` one after another. */
function inOrder(hay: string[], needle: string[]): boolean {
  return hay.some((_, i) => needle.every((w, k) => hay[i + k] === w))
}
/** Every run of Arabic words of `typed` is read back in typed order. */
const readsAsTyped = (words: string[], typed: string) => arabicRuns(typed).every((run) => inOrder(words, run))

describe('Arabic in right-to-left documents', () => {
  it.each(BRIEF_KINDS)(
    '%s: pdftotext reads the Arabic words as typed, in typed order',
    async (kind: BriefKind) => {
      const file = await render(buildDocument(kind, arabicInput(), 'rtl'), `${kind}-rtl`)
      const words = wordsOf(file)
      expect(words).toEqual(expect.arrayContaining(arabicWords(ARABIC.title)))
      expect(run('pdffonts', [file])).toMatch(/NotoNaskhArabic-Regular/)
      if (kind === 'outcome-brief') {
        for (const note of ORDERED) expect(readsAsTyped(words, note), note).toBe(true)
        const all = text(file)
        for (const latin of ['Marie Dupont', 'Grenoble', '2024', 'amal.b@sousse.tn', '#migration', '35'])
          expect(all).toContain(latin)
        for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret)
      }
      if (kind === 'facilitator-pack') expect(readsAsTyped(words, ARABIC.story)).toBe(true)
    }
  )
})

describe('Arabic in the cross-session brief', () => {
  it('reads the board, a theme and a Sousse note back as typed, right to left', async () => {
    const base = crossInput('fr')
    const input = {
      ...base,
      board: {
        name: ARABIC.title,
        themes: base.board.themes.map((t, i) => (i === 0 ? { ...t, name: ARABIC.cluster } : t))
      },
      sessions: base.sessions.map((session) => ({
        ...session,
        captures: session.captures.map((n) => (n.id === 'sou00002' ? { ...n, text: ARABIC.insight } : n))
      }))
    }
    const file = await render(buildCrossSessionDocument(input, 'rtl'), 'cross-rtl')
    const words = wordsOf(file)
    for (const typed of [ARABIC.title, ARABIC.cluster, ARABIC.insight])
      expect(readsAsTyped(words, typed), typed).toBe(true)
    expect(run('pdffonts', [file])).toMatch(/NotoNaskhArabic/)
  })
})

describe('Arabic inside a left-to-right brief', () => {
  it('keeps the French text as it was and reads the Arabic quote and city in typed order', async () => {
    const base = richSession()
    const session = richSession({
      captures: base.captures.map((n, i) => (i === 0 ? { ...n, text: IN_FRENCH.quote } : n)),
      place: IN_FRENCH.city
    })
    const file = await render(
      buildDocument('outcome-brief', richBriefInput('fr', { session })),
      'outcome-fr-mixed'
    )
    const all = text(file).replace(/\s+/g, ' ')
    expect(all).toContain('Une habitante a dit «')
    expect(readsAsTyped(arabicWords(all), IN_FRENCH.quote)).toBe(true)
    expect(all).toContain('au guichet de Sousse.')
    expect(run('pdffonts', [file])).toMatch(/NotoNaskhArabic/)
  })

  it('embeds no Arabic font in a brief without Arabic', async () => {
    const file = await render(buildDocument('outcome-brief', richBriefInput('fr')), 'outcome-fr')
    expect(run('pdffonts', [file])).not.toMatch(/NotoNaskhArabic/)
  })
})

describe('Arabic in Word files', () => {
  it('marks Arabic paragraphs right to left (aligned at their start) and Arabic runs as right-to-left text', async () => {
    const { document } = readDocx(await renderDocx(buildDocument('outcome-brief', arabicInput(), 'rtl')))
    const paragraph = document.split('</w:p>').find((p) => p.includes(ARABIC.insight))
    expect(paragraph).toMatch(/<w:bidi\/>/)
    expect(paragraph).toMatch(/<w:jc w:val="start"\/>/)
    expect(paragraph).toMatch(/<w:rtl\/>/)
  })
})

describe('the Arabic font', () => {
  it('is the pinned npm package’s Noto Naskh Arabic, unmodified, with its licence', () => {
    const pkg = join(ROOT, 'node_modules/@expo-google-fonts/noto-naskh-arabic')
    for (const [ours, theirs] of [
      ['NotoNaskhArabic-Regular.ttf', '400Regular/NotoNaskhArabic_400Regular.ttf'],
      ['NotoNaskhArabic-Bold.ttf', '700Bold/NotoNaskhArabic_700Bold.ttf'],
      ['LICENSE-OFL-1.1-NotoNaskhArabic.txt', 'LICENSE_FONT']
    ] as const) {
      expect(readFileSync(join(RESOURCES, 'fonts', ours)).equals(readFileSync(join(pkg, theirs))), ours).toBe(
        true
      )
    }
  })
})
