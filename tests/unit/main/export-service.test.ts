import { execFileSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { liveBriefWorkers } from '../../../src/main/briefs'
import { EXPORT_PHASES, type ExportProgress } from '../../../src/shared/domain/export'
import { bulkNoteText, largeSession } from '../../support/large-session'
import { value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function sessionWithNotes(saveAs?: (name: string) => Promise<string | null>) {
  const b = await openBackend({
    dataDir: await tempDir(),
    mode: saveAs ? 'desktop' : 'browser',
    ...(saveAs ? { saveAs } : {})
  })
  const s = await value<{ id: string }>(
    b.dispatch('sessions:create', { title: 'Atelier « accès »', date: '2026-03-16' })
  )
  for (const [text, consent] of [
    ['Le guichet ferme à midi', 'shareable'],
    ['INTERNE-SECRET', 'internal']
  ])
    await value(
      b.dispatch('captures:add', { sessionId: s.id, type: 'insight', text, blockId: null, consent })
    )
  return { b, id: s.id }
}

describe('exports (real PDFs, real files)', () => {
  it('desktop: saves where the user chose, named for the session day, never replacing a file', async () => {
    const folder = await tempDir()
    const { b, id } = await sessionWithNotes((name) => Promise.resolve(join(folder, name)))
    const input = { sessionId: id, format: 'outcome-brief', language: 'fr', pageSize: 'A4' }
    const first = await value<{ savedTo: string; base64: null }>(
      b.dispatch('export:file', { ...input, jobId: 'job-first-1' })
    )
    const second = await value<{ savedTo: string }>(
      b.dispatch('export:file', { ...input, jobId: 'job-second-2' })
    )
    expect(first.base64).toBeNull()
    expect(first.savedTo).toMatch(/2026-03-16\.pdf$/)
    expect(second.savedTo).not.toBe(first.savedTo)
    expect((await readdir(folder)).sort()).toHaveLength(2)
    const text = execFileSync('pdftotext', [first.savedTo, '-'], { encoding: 'utf8' })
    expect(text).toContain('Le guichet ferme à midi')
    expect(text).not.toContain('INTERNE-SECRET')
    await b.close()
  })

  it('desktop: closing the save dialog cancels with its own code and writes nothing', async () => {
    const { b, id } = await sessionWithNotes(() => Promise.resolve(null))
    expect(
      await b.dispatch('export:file', {
        sessionId: id,
        jobId: 'job-cancel-1',
        format: 'cards',
        language: 'es',
        pageSize: 'LETTER'
      })
    ).toMatchObject({ ok: false, error: { code: 'export/cancelled' } })
    await b.close()
  })

  it('a running export can be cancelled; Markdown follows the same consent rules', async () => {
    const { b, id } = await sessionWithNotes()
    const running = b.dispatch('export:file', {
      sessionId: id,
      jobId: 'job-stop-001',
      format: 'facilitator-pack',
      language: 'en',
      pageSize: 'A4'
    })
    expect(await value(b.dispatch('export:cancel', { jobId: 'job-stop-001' }))).toBe(true)
    expect(await running).toMatchObject({ ok: false, error: { code: 'export/cancelled' } })
    expect(await value(b.dispatch('export:progress', { jobId: 'job-stop-001' }))).toBeNull()

    const md = await value<{ base64: string; fileName: string }>(
      b.dispatch('export:file', {
        sessionId: id,
        jobId: 'job-md-0001',
        format: 'markdown',
        language: 'fr',
        pageSize: 'A4'
      })
    )
    const text = Buffer.from(md.base64, 'base64').toString('utf8')
    expect(md.fileName).toMatch(/\.md$/)
    expect(text).toContain('Le guichet ferme à midi')
    expect(text).not.toContain('INTERNE-SECRET')
    await b.close()
  })
})

/** A session of `count` notes and more, imported as a file the way a user would bring it in. */
async function importLarge(b: Backend, count: number): Promise<string> {
  const content = JSON.stringify(largeSession(count))
  return (await value<{ id: string }>(b.dispatch('sessions:import', { content, asCopy: true }))).id
}

/** Ask for the job's progress, as the export dialog does, until `done` settles; every answer kept. */
async function pollProgress(b: Backend, jobId: string, done: Promise<unknown>) {
  let settled = false
  void done.finally(() => (settled = true))
  const answers: ExportProgress[] = []
  while (!settled) {
    const p = await value<ExportProgress | null>(b.dispatch('export:progress', { jobId }))
    if (p) answers.push(p)
    await new Promise((r) => setTimeout(r, 5))
  }
  return answers
}

describe('exports run in a worker thread (the backend keeps answering)', () => {
  it('progress is real: build → layout (pages laid out) → draw (pages known) → write; the PDF reads back', async () => {
    const folder = await tempDir()
    let atSave: ExportProgress | null = null
    const b: Backend = await openBackend({
      dataDir: await tempDir(),
      mode: 'desktop',
      saveAs: async (name) => {
        atSave = await value<ExportProgress | null>(b.dispatch('export:progress', { jobId: 'job-phases-1' }))
        return join(folder, name)
      }
    })
    const id = await importLarge(b, 600)
    const running = b.dispatch('export:file', {
      sessionId: id,
      jobId: 'job-phases-1',
      format: 'outcome-brief',
      language: 'fr',
      pageSize: 'A4'
    })
    const answers = await pollProgress(b, 'job-phases-1', running)
    const { savedTo } = await value<{ savedTo: string }>(running)

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [savedTo], { encoding: 'utf8' }))?.[1])
    const text = execFileSync('pdftotext', [savedTo, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain(bulkNoteText(599))
    const order = answers.map((p) => EXPORT_PHASES.indexOf(p.phase!))
    expect(order).toEqual([...order].sort((x, y) => x - y))
    const layout = answers.filter((p) => p.phase === 'layout')
    expect(layout.some((p) => p.laidOut! > 0 && p.laidOut! < pages)).toBe(true)
    expect(layout.every((p) => p.pages === null)).toBe(true)
    const draw = answers.filter((p) => p.phase === 'draw')
    expect(draw.length).toBeGreaterThan(0)
    expect(draw.every((p) => p.pages === pages)).toBe(true)
    expect(atSave).toMatchObject({ phase: 'write', fraction: 1, pages })
    expect(await value(b.dispatch('export:progress', { jobId: 'job-phases-1' }))).toBeNull()
    await b.close()
  })

  it('cancel during the layout: export/cancelled, the worker gone, no dialog, no file', async () => {
    const folder = await tempDir()
    const asked: string[] = []
    const b = await openBackend({
      dataDir: await tempDir(),
      mode: 'desktop',
      saveAs: (name) => {
        asked.push(name)
        return Promise.resolve(join(folder, name))
      }
    })
    const id = await importLarge(b, 1500)
    const running = b.dispatch('export:file', {
      sessionId: id,
      jobId: 'job-layout-stop',
      format: 'outcome-brief',
      language: 'en',
      pageSize: 'LETTER'
    })
    let progress: ExportProgress | null = null
    while (!(progress?.phase === 'layout' && progress.laidOut! > 0)) {
      progress = await value<ExportProgress | null>(
        b.dispatch('export:progress', { jobId: 'job-layout-stop' })
      )
      await new Promise((r) => setTimeout(r, 5))
    }
    expect(await value(b.dispatch('export:cancel', { jobId: 'job-layout-stop' }))).toBe(true)
    expect(await running).toMatchObject({ ok: false, error: { code: 'export/cancelled' } })
    expect(liveBriefWorkers()).toBe(0)
    expect(asked).toEqual([])
    expect(await readdir(folder)).toEqual([])
    expect(await value(b.dispatch('export:progress', { jobId: 'job-layout-stop' }))).toBeNull()
    await b.close()
  })
})
