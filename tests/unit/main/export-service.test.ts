import { execFileSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
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
