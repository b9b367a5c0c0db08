import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../src/main/briefs'
import { buildDocument } from '../../../src/shared/pdf'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import { useTempDirs } from '../../support/temp-dir'
import { ACCENTS, loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'

/**
 * A Word brief opened by another word processor: LibreOffice converts it to PDF, and pdftotext
 * reads that back. Proves the .docx is one an office suite lays out with its headings and
 * accents, not just XML that looks right to our own reader. Needs Debian's libreoffice-writer
 * (.ci/run installs it); without soffice the test is skipped, and says so.
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0
if (!soffice)
  console.log(
    'SKIPPED: no soffice (apt-get install libreoffice-writer) — Word briefs not opened in LibreOffice'
  )

const tempDir = useTempDirs()
// DOCX_LOOK=/tmp/docx-look keeps the .docx and LibreOffice's PDF of each, for looking at them.
const keep = process.env.DOCX_LOOK
const flat = (s: string) => s.replace(/\s+/g, ' ')

describe.skipIf(!soffice)('Word briefs in LibreOffice', () => {
  it.each([
    ['outcome-brief', 'fr'],
    ['facilitator-pack', 'es'],
    ['cards', 'en']
  ] as const)(
    '%s (%s): converts to PDF with its headings and accents',
    async (kind, lang) => {
      const dir = keep ?? (await tempDir())
      await mkdir(dir, { recursive: true })
      const session = richSession()
      const def = buildDocument(kind, {
        session,
        pack: loadPack(),
        catalog: loadCatalog(),
        language: lang,
        pageSize: 'A4',
        generatedAt: new Date('2026-03-17T10:00:00Z')
      })
      const docx = join(dir, `${kind}-${lang}.docx`)
      await writeFile(docx, await renderDocx(def))
      // A profile of its own, so a LibreOffice already running (or another test) is never in the way.
      const profile = pathToFileURL(join(await tempDir(), 'profile')).href
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 120_000, stdio: 'ignore' }
      )
      const pdf = docx.replace(/\.docx$/, '.pdf')
      const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }))
      const s = PDF_STRINGS[lang]
      const headings = {
        'outcome-brief': [s.summary.title, s.insights.title, s.actions.title, s.agenda.title],
        'facilitator-pack': [s.facts.title, s.runSheet.title, s.personas.title, s.consentScript.title],
        cards: ['Ñusta', 'Amaïa']
      }[kind]
      for (const heading of headings) expect(text).toContain(flat(heading))
      if (kind !== 'cards') expect(text).toContain(flat(session.title))
      for (const ch of ACCENTS) expect(text).toContain(ch)
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/)
    },
    180_000
  )
})
