import { createRequire } from 'node:module'
import { join, resolve, sep } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { AppError } from '../../shared/errors'
import type { DocDefinition } from '../../shared/pdf/types'
import { ARABIC_FONT } from '../../shared/pdf/bidi'
import { installBidi, setDocumentDirection } from './bidi-render'

/**
 * The one module that imports pdfmake. pdfmake 0.3 is a singleton (one per thread: each brief
 * worker has its own), so it is set up once: fonts from our own resources folder, no URL ever
 * fetched, no file read outside that folder.
 */
const nodeRequire = createRequire(import.meta.url)

type Pdfmake = {
  addFonts(fonts: Record<string, Record<string, string>>): void
  setUrlAccessPolicy(policy: (url: string) => boolean): void
  setLocalAccessPolicy(policy: (path: string) => boolean): void
  setProgressCallback(callback: ((progress: number) => void) | undefined): void
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer>; getStream(): Promise<PdfKitDoc> }
}
type PdfKitDoc = { _pdfMakePages?: unknown[] }

let configured: { pdfmake: Pdfmake; fontDir: string } | null = null

export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf'
} as const

/** Arabic runs (src/shared/pdf/bidi): Noto Naskh Arabic; Arabic has no italic, so upright is used. */
export const ARABIC_FONT_FILES = {
  normal: 'NotoNaskhArabic-Regular.ttf',
  bold: 'NotoNaskhArabic-Bold.ttf',
  italics: 'NotoNaskhArabic-Regular.ttf',
  bolditalics: 'NotoNaskhArabic-Bold.ttf'
} as const

function setUp(resourcesDir: string): Pdfmake {
  const fontDir = resolve(resourcesDir, 'fonts') + sep
  if (configured) {
    if (configured.fontDir !== fontDir) {
      throw new Error(`pdfmake is already set up with fonts from ${configured.fontDir}`)
    }
    return configured.pdfmake
  }
  const pdfmake = nodeRequire('pdfmake') as Pdfmake
  const faces = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([k, file]) => [k, join(fontDir, file)]))
  pdfmake.addFonts({ Roboto: faces(FONT_FILES), [ARABIC_FONT]: faces(ARABIC_FONT_FILES) })
  installBidi()
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((p) => resolve(p).startsWith(fontDir))
  configured = { pdfmake, fontDir }
  return pdfmake
}

export interface RenderProgress {
  /** Laying out the pages (their count grows), then drawing them (the fraction grows). */
  phase: 'layout' | 'draw'
  /** 0–1 through drawing the laid-out pages. */
  fraction: number
  /** Known once layout is done. */
  pages: number | null
  /** Pages laid out so far. */
  laidOut: number
}

export interface RenderOptions {
  resourcesDir: string
  signal?: AbortSignal
  onProgress?: (progress: RenderProgress) => void
}

export interface RenderResult {
  bytes: Buffer
  pages: number
}

export function cancelled(): AppError {
  return new AppError('export/cancelled', 'The export was cancelled.')
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled()
}

/** Only one render at a time: pdfmake's progress callback is global to the singleton. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Lay out and draw a document, in this thread. Layout itself is synchronous inside pdfmake; the
 * render yields to the event loop before and after it, so a cancel that arrives while queued or
 * laid out is seen before any byte is produced or written. The app calls this only inside the
 * brief worker (worker.ts, through renderBriefInWorker), where the layout blocks nobody.
 */
export function renderPdf(def: DocDefinition, options: RenderOptions): Promise<RenderResult> {
  const run = queue.then(() => renderNow(def, options))
  queue = run.catch(() => undefined)
  return run
}

async function renderNow(def: DocDefinition, options: RenderOptions): Promise<RenderResult> {
  const { signal, onProgress } = options
  throwIfCancelled(signal)
  const pdfmake = setUp(options.resourcesDir)
  setDocumentDirection(def.direction)
  await nextTurn()
  throwIfCancelled(signal)
  let lastReported = -1
  let laidOut = 0
  pdfmake.setProgressCallback(
    onProgress
      ? (fraction) => {
          // Called once per drawn item; report in 5% steps.
          const step = Math.floor(fraction * 20)
          if (step === lastReported) return
          lastReported = step
          onProgress({ phase: 'draw', fraction, pages: laidOut, laidOut })
        }
      : undefined
  )
  // pdfmake asks for a page's background as it adds the page during layout: the one moment the
  // layout can be seen moving. A heading moved to the next page makes pdfmake lay the document
  // out again from page 1; the count then waits until that pass goes further (it only ever adds
  // pages). The document's own background (none today) is kept.
  const background = def.background
  const counted: DocDefinition = {
    ...def,
    background: (page) => {
      if (page > laidOut) {
        laidOut = page
        onProgress?.({ phase: 'layout', fraction: 0, pages: null, laidOut })
      }
      return background ? background(page) : null
    }
  }
  // Layout starts with pdfmake measuring every text of the document, before the first page exists.
  onProgress?.({ phase: 'layout', fraction: 0, pages: null, laidOut: 0 })
  let bytes: Buffer
  let pages: number
  try {
    // The definition is ours (src/shared/pdf); the cast only bridges our minimal types to pdfmake's.
    const doc = pdfmake.createPdf(counted as unknown as TDocumentDefinitions)
    const stream = await doc.getStream()
    pages = stream._pdfMakePages?.length ?? 0
    await nextTurn()
    throwIfCancelled(signal)
    bytes = await doc.getBuffer()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('export/failed', `PDF rendering failed: ${String(error)}`)
  } finally {
    pdfmake.setProgressCallback(undefined)
  }
  onProgress?.({ phase: 'draw', fraction: 1, pages, laidOut: pages })
  await nextTurn()
  throwIfCancelled(signal)
  return { bytes, pages }
}
