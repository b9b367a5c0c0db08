import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import {
  DOCX_MIME,
  type BriefProgress,
  liveBriefWorkers,
  renderBriefInWorker,
  stopBriefWorkers
} from '../../../src/main/briefs'
import type { BriefFile, ExportFormat } from '../../../src/shared/domain/export'
import { EXPORT_PHASES } from '../../../src/shared/domain/export'
import { PDF_STRINGS } from '../../../src/shared/pdf/strings'
import { RESOURCES, loadCatalog, loadPack, richSession as briefSession } from '../../fixtures/briefs/session'
import { flatText, readDocx, styled } from '../../support/docx'
import { generatedNotes } from '../../support/generated-notes'
import { value } from '../../support/result-value'
import { richSession } from '../../support/rich-session'
import { useTempDirs } from '../../support/temp-dir'

/**
 * Word files through the real export path: the contract's new optional `file`, the worker thread
 * (built: out/main/brief-worker.js), the save dialog or the download, progress and cancel.
 */
const tempDir = useTempDirs()
afterEach(stopBriefWorkers)

/** The support rich session (all its notes internal) and one note of each other consent. */
async function backendWithSession(
  saveAs?: (name: string, format: ExportFormat, file: BriefFile) => string | null
) {
  const b = await openBackend({
    dataDir: await tempDir(),
    mode: saveAs ? 'desktop' : 'browser',
    ...(saveAs ? { saveAs: (n, f, file) => Promise.resolve(saveAs(n, f, file)) } : {})
  })
  const session = await richSession(b.notebook, 'Atelier « accès » à Grenoble')
  await value(
    b.dispatch('sessions:update', {
      id: session.id,
      expectedRevision: session.revision,
      details: { date: '2026-03-16' }
    })
  )
  for (const [text, consent] of [
    ['Le guichet ferme à midi : ça bloque l’accès', 'shareable'],
    ['NEPASEXPORTER reste ici', 'not-for-export']
  ])
    await value(
      b.dispatch('captures:add', { sessionId: session.id, type: 'insight', text, blockId: null, consent })
    )
  return { b, id: session.id }
}

const HELD_BACK = ['said the town hall desk was a wall', 'Libraries are doors for newcomers', 'NEPASEXPORTER']

describe('exporting a Word file', () => {
  it('desktop: the save dialog is asked for a Word file, named for the session day; consent holds', async () => {
    const folder = await tempDir()
    const asked: [string, ExportFormat, BriefFile][] = []
    const { b, id } = await backendWithSession((name, format, file) => {
      asked.push([name, format, file])
      return join(folder, name)
    })
    const delivery = await value<{ savedTo: string; mime: string; base64: null }>(
      b.dispatch('export:file', {
        sessionId: id,
        jobId: 'job-word-001',
        format: 'outcome-brief',
        language: 'fr',
        pageSize: 'A4',
        file: 'docx'
      })
    )
    expect(asked).toEqual([
      ['Atelier « accès » à Grenoble — Note de synthèse — 2026-03-16.docx', 'outcome-brief', 'docx']
    ])
    expect(delivery.mime).toBe(DOCX_MIME)
    expect(delivery.base64).toBeNull()
    const { document } = readDocx(await readFile(delivery.savedTo))
    const text = flatText(document)
    expect(styled(document, 'Heading1')).toContain(PDF_STRINGS.fr.insights.title)
    expect(text).toContain('Le guichet ferme à midi : ça bloque l’accès')
    for (const held of HELD_BACK) expect(text).not.toContain(held)
    await b.close()
  })

  it('browser mode: a download with the Word MIME type; callers that name no file still get a PDF', async () => {
    const { b, id } = await backendWithSession()
    const ask = (jobId: string, extra: object) =>
      value<{ fileName: string; mime: string; base64: string; savedTo: null }>(
        b.dispatch('export:file', {
          sessionId: id,
          jobId,
          format: 'cards',
          language: 'es',
          pageSize: 'LETTER',
          ...extra
        })
      )
    const word = await ask('job-word-002', { file: 'docx' })
    expect(word.fileName).toBe('Atelier « accès » à Grenoble — Tarjetas para imprimir — 2026-03-16.docx')
    expect(word.mime).toBe(DOCX_MIME)
    expect(readDocx(Buffer.from(word.base64, 'base64')).document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    const pdf = await ask('job-pdf-0003', {})
    expect(pdf.fileName).toMatch(/\.pdf$/)
    expect(pdf.mime).toBe('application/pdf')
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    await b.close()
  })

  it('Word is for the paged documents only: Markdown or JSON as Word is refused', async () => {
    const { b, id } = await backendWithSession()
    for (const format of ['markdown', 'json'])
      expect(
        await b.dispatch('export:file', {
          sessionId: id,
          jobId: 'job-word-004',
          format,
          language: 'en',
          pageSize: 'A4',
          file: 'docx'
        })
      ).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
    await b.close()
  })

  it('cancelled: export/cancelled, the worker gone, no dialog, no file', async () => {
    const folder = await tempDir()
    const asked: string[] = []
    const { b, id } = await backendWithSession((name) => {
      asked.push(name)
      return join(folder, name)
    })
    const running = b.dispatch('export:file', {
      sessionId: id,
      jobId: 'job-word-stop',
      format: 'facilitator-pack',
      language: 'en',
      pageSize: 'A4',
      file: 'docx'
    })
    expect(await value(b.dispatch('export:cancel', { jobId: 'job-word-stop' }))).toBe(true)
    expect(await running).toMatchObject({ ok: false, error: { code: 'export/cancelled' } })
    expect(liveBriefWorkers()).toBe(0)
    expect(asked).toEqual([])
    expect(await readdir(folder)).toEqual([])
    await b.close()
  })
})

describe('a 20,000-note outcome brief as Word, in the worker thread', () => {
  const rich = briefSession()
  const input = {
    session: { ...rich, captures: [...rich.captures, ...generatedNotes(20_000)] },
    pack: loadPack(),
    catalog: loadCatalog(),
    language: 'es' as const,
    pageSize: 'A4' as const,
    generatedAt: new Date('2026-03-17T10:00:00Z')
  }

  it('every note in it; progress build → draw (to ½ while converting), no page count', async () => {
    const seen: BriefProgress[] = []
    const { bytes, pages } = await renderBriefInWorker('outcome-brief', input, {
      resourcesDir: RESOURCES,
      file: 'docx',
      onProgress: (p) => seen.push(p)
    })
    expect(pages).toBeNull()
    const text = flatText(readDocx(bytes).document)
    for (const n of [0, 9_999, 19_999]) expect(text).toContain(`Note ${n} `)
    const order = seen.map((p) => EXPORT_PHASES.indexOf(p.phase))
    expect(order).toEqual([...order].sort((x, y) => x - y))
    expect(seen[0]).toMatchObject({ phase: 'build' })
    const draw = seen.filter((p) => p.phase === 'draw').map((p) => p.fraction)
    expect(draw.length).toBeGreaterThan(3)
    expect(draw).toEqual([...draw].sort((x, y) => x - y))
    expect(draw.at(-1)).toBe(0.5)
  }, 120_000)

  it('cancelled while converting: export/cancelled, and the thread is ended', async () => {
    const controller = new AbortController()
    const run = renderBriefInWorker('outcome-brief', input, {
      resourcesDir: RESOURCES,
      file: 'docx',
      signal: controller.signal,
      onProgress: (p) => p.phase === 'draw' && controller.abort()
    })
    await expect(run).rejects.toMatchObject({ code: 'export/cancelled' })
    expect(liveBriefWorkers()).toBe(0)
  }, 120_000)
})
