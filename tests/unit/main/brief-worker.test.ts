import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type BriefProgress,
  findBriefWorker,
  liveBriefWorkers,
  renderBriefInWorker,
  stopBriefWorkers,
  warmBriefWorker
} from '../../../src/main/briefs'
import { NOTES_PER_SLICE, decodeInput, encodeInput } from '../../../src/main/briefs/worker-protocol'
import { EXPORT_PHASES } from '../../../src/shared/domain/export'
import type { BriefInput } from '../../../src/shared/pdf'
import { RESOURCES, SECRETS, SHARED, loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'
import { bulkNoteText, largeSession } from '../../support/large-session'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

/**
 * The brief worker is a built file (out/main/brief-worker.js, from src/main/briefs/worker.ts):
 * like the other built-* tests, these run after `electron-vite build` (npm test builds first).
 */
const pack = loadPack()
const catalog = loadCatalog()
const tempDir = useTempDirs()
const input = (session = richSession()): BriefInput => ({
  session,
  pack,
  catalog,
  language: 'fr',
  pageSize: 'A4',
  generatedAt: new Date('2026-03-17T10:00:00Z')
})
const flat = (s: string) => s.replace(/\s+/g, ' ')
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

/** This thread's event loop, counted: it keeps turning only while the layout runs elsewhere. */
function turns() {
  let count = 0
  const timer = setInterval(() => count++, 1)
  return { now: () => count, stop: () => clearInterval(timer) }
}

describe('briefs in a worker thread', () => {
  afterEach(stopBriefWorkers)

  it('the worker is the built file, found from the source tree', () => {
    const file = findBriefWorker()
    expect(file).toMatch(/out[/\\]main[/\\]brief-worker\.js$/)
    expect(existsSync(file!)).toBe(true)
  })

  it('renders a real PDF off this thread; progress goes build → layout (pages grow) → draw (to 1)', async () => {
    const seen: (BriefProgress & { turn: number })[] = []
    const loop = turns()
    const { bytes, pages } = await renderBriefInWorker('outcome-brief', input(largeSession(300)), {
      resourcesDir: RESOURCES,
      onProgress: (p) => seen.push({ ...p, turn: loop.now() })
    }).finally(loop.stop)
    const file = join(await tempDir(), 'brief.pdf')
    await writeFile(file, bytes)
    expect(pageCount(file)).toBe(pages)
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    expect(text).toContain(SHARED.insight)
    expect(text).toContain(flat(bulkNoteText(299)))
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)

    // Phases in order, never back.
    const order = seen.map((p) => EXPORT_PHASES.indexOf(p.phase))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(seen[0]).toMatchObject({ phase: 'build', pages: null, laidOut: 0 })
    const layout = seen.filter((p) => p.phase === 'layout')
    const laidOut = layout.map((p) => p.laidOut)
    expect(laidOut).toEqual([...laidOut].sort((a, b) => a - b))
    expect(laidOut[0]).toBe(0)
    expect(laidOut.at(-1)).toBe(pages)
    expect(new Set(laidOut).size).toBe(pages + 1)
    const draw = seen.filter((p) => p.phase === 'draw')
    expect(draw.every((p) => p.pages === pages)).toBe(true)
    expect(draw.map((p) => p.fraction)).toEqual(draw.map((p) => p.fraction).sort((a, b) => a - b))
    expect(draw.at(-1)?.fraction).toBe(1)
    // Laid out in this thread, all layout progress would come in one turn of its event loop.
    expect(layout.at(-1)!.turn).toBeGreaterThan(layout[0]!.turn)
    // A short brief's thread stays, warm, for the next one.
    expect(liveBriefWorkers()).toBe(1)
  })

  it('cancelling during the layout terminates the worker there and then', async () => {
    warmBriefWorker({ resourcesDir: RESOURCES })
    expect(liveBriefWorkers()).toBe(1)
    const controller = new AbortController()
    const seen: BriefProgress[] = []
    const run = renderBriefInWorker('outcome-brief', input(largeSession(1500)), {
      resourcesDir: RESOURCES,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p)
        if (p.phase === 'layout' && p.laidOut === 2) controller.abort()
      }
    })
    expect(await codeOf(run)).toBe('export/cancelled')
    // Settled only once the thread is gone, and the layout never reached the drawing.
    expect(liveBriefWorkers()).toBe(0)
    expect(seen.at(-1)).toMatchObject({ phase: 'layout', laidOut: 2 })
    expect(seen.some((p) => p.phase === 'draw')).toBe(false)
  })

  it('one brief at a time, in one thread: one cancelled while waiting never starts, the next still renders', async () => {
    const threads: number[] = []
    const count = () => threads.push(liveBriefWorkers())
    const first = renderBriefInWorker('cards', input(), { resourcesDir: RESOURCES, onProgress: count })
    const controller = new AbortController()
    const waiting: BriefProgress[] = []
    const second = renderBriefInWorker('outcome-brief', input(), {
      resourcesDir: RESOURCES,
      signal: controller.signal,
      onProgress: (p) => waiting.push(p)
    })
    const third = renderBriefInWorker('facilitator-pack', input(), {
      resourcesDir: RESOURCES,
      onProgress: count
    })
    controller.abort()
    expect(await codeOf(second)).toBe('export/cancelled')
    expect((await first).pages).toBeGreaterThan(1)
    expect((await third).pages).toBeGreaterThan(1)
    expect(waiting).toEqual([])
    expect(new Set(threads)).toEqual(new Set([1]))
    expect(liveBriefWorkers()).toBe(1)
  })

  it('an export already cancelled starts nothing; a worker that cannot start is export/failed', async () => {
    const controller = new AbortController()
    controller.abort()
    const progress: BriefProgress[] = []
    expect(
      await codeOf(
        renderBriefInWorker('cards', input(), {
          resourcesDir: RESOURCES,
          signal: controller.signal,
          onProgress: (p) => progress.push(p)
        })
      )
    ).toBe('export/cancelled')
    expect(progress).toEqual([])
    const missing = join(await tempDir(), 'brief-worker.js')
    expect(
      await codeOf(renderBriefInWorker('cards', input(), { resourcesDir: RESOURCES, workerFile: missing }))
    ).toBe('export/failed')
    expect(liveBriefWorkers()).toBe(0)
  })

  it('the input goes over in slices, as it was when the export started, whatever changes meanwhile', async () => {
    const session = largeSession(1200)
    const original = input(structuredClone(session))
    const live = input(session)
    const encoded = encodeInput(live)
    // What storage does meanwhile: an edit replaces a note, a capture appends one, a delete splices.
    session.captures[0] = { ...session.captures[0]!, text: 'EDITED-AFTER-START' }
    session.captures.push({ ...session.captures[1]!, id: 'addedafter01', text: 'ADDED-AFTER-START' })
    session.captures.splice(5, 1)
    session.title = 'RENAMED-AFTER-START'
    const data = await encoded
    expect(data.notes).toHaveLength(Math.ceil(original.session.captures.length / NOTES_PER_SLICE))
    expect(decodeInput(data)).toEqual(original)
  })

  it('fonts come from the resources folder it is given, nowhere else: without them, export/failed', async () => {
    const elsewhere = await tempDir()
    expect(await codeOf(renderBriefInWorker('cards', input(), { resourcesDir: elsewhere }))).toBe(
      'export/failed'
    )
    expect(liveBriefWorkers()).toBe(0)
  })
})
