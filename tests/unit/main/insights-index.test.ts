import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCaptureService } from '../../../src/main/services/capture-service'
import { createEraseService } from '../../../src/main/services/erase-service'
import { createInsightsService } from '../../../src/main/services/insights/insights-service'
import { createTransferService } from '../../../src/main/services/transfer-service'
import { Notebook } from '../../../src/main/storage/notebook'
import { emptyQuery, type InsightQueryInput } from '../../../src/shared/insights/query'
import { insightQuerySchema } from '../../../src/shared/insights/query-schema'
import { newSessionDetails } from '../../../src/shared/planning/session'
import type { NoteType } from '../../../src/shared/planning/capture'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function setup() {
  const notebook = await Notebook.open({ dir: await tempDir(), owner: 'tool' })
  const capture = createCaptureService(notebook)
  const insights = createInsightsService(notebook)
  const session = async (title: string, place: string, date: string) =>
    (await notebook.sessions.create(newSessionDetails(title, { place, date }))).id
  const note = async (
    sessionId: string,
    text: string,
    type: NoteType = 'idea',
    speaker: string | null = null
  ) =>
    (
      await capture.add({
        sessionId,
        type,
        text,
        blockId: null,
        links: [],
        tags: [...text.matchAll(/#([\p{L}-]+)/gu)].map((m) => m[1]!.toLowerCase()),
        speaker,
        consent: speaker ? 'shareable' : 'anonymous'
      })
    ).value
  /** What a facilitator sees for a search: the texts of every matching note, in order. */
  const find = async (query: InsightQueryInput) => {
    await insights.settled()
    return insights.search(insightQuerySchema.parse(query), 0, 500)
  }
  const texts = async (q: string) => (await find({ q })).rows.map((r) => r.text)
  return { notebook, capture, insights, session, note, find, texts }
}

describe('Insights index (real notebook files)', () => {
  it('builds from the sessions already on disk, then follows captures, edits, deletes and restores', async () => {
    const { notebook, capture, session, note, texts, find, insights } = await setup()
    const valencia = await session('Vivienda Valencia', 'Valencia', '2025-03-04')
    await note(valencia, 'La vivienda asequible es la prioridad #vivienda')
    await insights.start()
    expect(await texts('vivienda')).toEqual(['La vivienda asequible es la prioridad #vivienda'])

    const added = await note(valencia, 'Acceso a la información en árabe', 'barrier')
    // Accents and case dropped: "informacion", "ARABE" find "información", "árabe".
    expect(await texts('informacion ARABE')).toEqual(['Acceso a la información en árabe'])

    await capture.update(valencia, added.id, { text: 'Ventanilla única para trámites' })
    expect(await texts('arabe')).toEqual([])
    expect(await texts('tramites')).toEqual(['Ventanilla única para trámites'])

    const removed = (await capture.remove(valencia, added.id)).value
    expect(await texts('tramites')).toEqual([])
    await capture.restore(valencia, removed)
    expect(await texts('tramites')).toEqual(['Ventanilla única para trámites'])
    expect((await find({})).all).toBe(2)
    await notebook.close()
  })

  it('forgets an erased pseudonym and an erased session at once', async () => {
    const { notebook, session, note, texts, find, insights } = await setup()
    const sousse = await session('Sousse', 'Sousse', '2025-05-01')
    await note(sousse, 'Karima found the library welcoming', 'insight', 'Karima')
    const other = await session('Grenoble', 'Grenoble', '2025-06-01')
    await note(other, 'The map of services helped')
    await insights.start()
    expect(await texts('karima')).toHaveLength(1)

    const erase = createEraseService(notebook)
    await erase.erasePseudonym('Karima')
    expect(await texts('karima')).toEqual([])
    expect((await find({ q: 'library' })).rows[0]?.speaker).toBeNull()

    await erase.eraseSession(sousse)
    expect(await texts('library')).toEqual([])
    expect((await find({})).facets.session.map((f) => f.label)).toEqual(['Grenoble'])
    await notebook.close()
  })

  it('reads a damaged session file without touching it: opening it still sets it aside and offers a backup', async () => {
    const dir = await tempDir()
    let notebook = await Notebook.open({ dir, owner: 'tool' })
    const id = (await notebook.sessions.create(newSessionDetails('Damaged later'))).id
    await notebook.close()
    await writeFile(join(dir, 'sessions', `${id}.json`), '{"schemaVersion": 6, "id": "broken"')
    notebook = await Notebook.open({ dir, owner: 'tool' })
    const insights = createInsightsService(notebook)
    await insights.start()
    await insights.settled()
    expect(await readdir(join(dir, 'sessions'))).toContain(`${id}.json`)
    expect(insights.status().notes).toBe(0)
    expect(await codeOf(notebook.sessions.get(id))).toBe('storage/corrupt-file')
    expect(notebook.status().recovered.map((r) => r.file)).toEqual([`sessions/${id}.json`])
    await notebook.close()
  })

  it('drops a deleted session and brings it back on restore', async () => {
    const { notebook, session, note, texts, insights } = await setup()
    const id = await session('Barcelona', 'Barcelona', '2024-10-10')
    await note(id, 'Padrón sin domicilio fijo')
    await insights.start()
    await notebook.sessions.delete(id)
    expect(await texts('padron')).toEqual([])
    await notebook.sessions.restore(id)
    expect(await texts('padron')).toEqual(['Padrón sin domicilio fijo'])
    await notebook.close()
  })

  it('counts facets under every other filter, and labels imported sessions with where they came from', async () => {
    const { notebook, session, note, find, insights } = await setup()
    const grenoble = await session('Grenoble workshop', 'Grenoble', '2025-01-15')
    await note(grenoble, 'Housing queue is opaque #housing', 'barrier')
    await note(grenoble, 'Neighbourhood mediators #housing', 'enabler')
    await insights.start()

    // A colleague's session arrives with a label; the same file again is skipped.
    const colleague = await session('Sousse workshop', 'Sousse', '2026-02-02')
    await note(colleague, 'Municipal ID card opens doors #housing', 'enabler')
    const file = await createTransferService(notebook).exportSession(colleague)
    await createEraseService(notebook).eraseSession(colleague)
    const transfer = createTransferService(notebook)
    expect((await transfer.importLabelled(file.content, { origin: 'Sousse — Amal' })).status).toBe('imported')
    expect((await transfer.importLabelled(file.content, { origin: 'Sousse — Amal' })).status).toBe('skipped')

    const barriers = await find({ type: ['enabler'] })
    expect(barriers.total).toBe(2)
    // The type facet still counts the barrier (its own filter is left out); places count enablers only.
    expect(barriers.facets.type).toEqual([
      { value: 'enabler', count: 2 },
      { value: 'barrier', count: 1 }
    ])
    expect(barriers.facets.place).toEqual([
      { value: 'Grenoble', count: 1 },
      { value: 'Sousse', count: 1 }
    ])
    expect(barriers.facets.origin).toEqual([
      { value: '', count: 1 },
      { value: 'Sousse — Amal', count: 1 }
    ])
    const fromAmal = await find({ origin: ['Sousse — Amal'] })
    expect(fromAmal.rows.map((r) => r.text)).toEqual(['Municipal ID card opens doors #housing'])
    const in2025 = await find({ from: '2025-01-01', to: '2025-12-31', sort: 'session' })
    expect(in2025.rows.map((r) => r.sessionTitle)).toEqual(['Grenoble workshop', 'Grenoble workshop'])
    expect(emptyQuery().sort).toBe('date')
    await notebook.close()
  })
})
