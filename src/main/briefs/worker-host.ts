import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { BriefFile } from '../../shared/domain/export'
import { AppError } from '../../shared/errors'
import type { BriefInput, BriefKind, CrossBriefInput } from '../../shared/pdf'
import { encodeCrossInput, type CrossBriefJob } from './cross-brief-job'
import { cancelled, throwIfCancelled } from './render'
import {
  BRIEF_WORKER_FILE,
  encodeInput,
  type BriefJob,
  type BriefProgress,
  type WarmUp,
  type WorkerMessage
} from './worker-protocol'

/**
 * The built worker script: beside the module that asks (out/main, or out/main/chunks below it),
 * or, from the source tree (tests), under out/main of the nearest folder above that has one.
 * Like findResourcesDir, walking up keeps it right whatever the bundler does with chunks.
 */
export function findBriefWorker(from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from))
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, BRIEF_WORKER_FILE), join(dir, 'out', 'main', BRIEF_WORKER_FILE)]) {
      if (existsSync(candidate)) return candidate
    }
    dir = dirname(dir)
  }
  return null
}

export interface WorkerRenderOptions {
  resourcesDir: string
  /** A PDF unless a Word file is asked for. */
  file?: BriefFile
  signal?: AbortSignal
  onProgress?: (progress: BriefProgress) => void
  /** Defaults to findBriefWorker(). */
  workerFile?: string
}

/**
 * Threads are kept warm between briefs: loading pdfmake and its fonts in a fresh thread costs
 * more than laying out a short brief. A thread idle this long is ended, and one that has just
 * made a long brief is not kept (its heap is large; its next brief's start-up hardly shows).
 */
const IDLE_MS = 60_000
const KEEP_AFTER_PAGES = 200
/** A Word file has no page count; its size tells a long brief as well. */
const KEEP_AFTER_DOCX_BYTES = 2_000_000

/** The file's bytes, and its page count (null for a Word file, which Word paginates). */
export interface BriefResult {
  bytes: Buffer
  pages: number | null
}

const live = new Set<Worker>()
let spare: { worker: Worker; file: string; resourcesDir: string; idle: NodeJS.Timeout } | null = null
let busy = 0

/** Brief threads alive: at most one warm and idle, none once a running brief is cancelled. */
export const liveBriefWorkers = (): number => live.size

function start(file: string, resourcesDir: string): Worker {
  // No flags of ours (vitest's loaders, Electron's switches) are meant for this thread.
  const worker = new Worker(file, { execArgv: [] })
  live.add(worker)
  // A failure is reported to the brief that is running; an idle thread that fails just ends.
  worker.on('error', () => undefined)
  worker.once('exit', () => {
    live.delete(worker)
    if (spare?.worker === worker) spare = null
  })
  worker.postMessage({ type: 'warm-up', resourcesDir } satisfies WarmUp)
  return worker
}

function take(file: string, resourcesDir: string): Worker {
  if (spare?.file === file && spare.resourcesDir === resourcesDir) {
    const { worker, idle } = spare
    spare = null
    clearTimeout(idle)
    worker.ref()
    return worker
  }
  void stopSpare()
  return start(file, resourcesDir)
}

function keep(worker: Worker, file: string, resourcesDir: string): void {
  void stopSpare()
  // Idle, it must not keep the process alive.
  worker.unref()
  const idle = setTimeout(() => void worker.terminate(), IDLE_MS)
  idle.unref()
  spare = { worker, file, resourcesDir, idle }
}

function stopSpare(): Promise<unknown> {
  if (!spare) return Promise.resolve()
  const { worker, idle } = spare
  spare = null
  clearTimeout(idle)
  return worker.terminate()
}

/**
 * Start a thread ahead of the first brief (the export dialog has opened), so that brief does not
 * wait for pdfmake to load. Does nothing while one is running or warm, or without a built worker.
 */
export function warmBriefWorker(options: { resourcesDir: string; workerFile?: string }): void {
  if (busy > 0 || spare) return
  const file = options.workerFile ?? findBriefWorker()
  if (!file) return
  try {
    keep(start(file, options.resourcesDir), file, options.resourcesDir)
  } catch {
    // The brief itself will say why there is no thread.
  }
}

/** End every idle thread now (shutdown, tests); a running brief is not touched. */
export const stopBriefWorkers = (): Promise<void> => stopSpare().then(() => undefined)

/** One brief at a time: a laid-out document can take hundreds of megabytes. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Build, lay out and draw one brief in a worker thread, so the thread that answers the app (the
 * Electron main process, or the browser-mode server) stays free however long the layout takes.
 * The brief shows the input as it is when this is called (see encodeInput), so it may be a live
 * view of a session that later edits change. Progress comes from the worker as it happens.
 * Aborting the signal terminates the worker, in the middle of the layout if need be, and rejects
 * with export/cancelled once the thread is gone.
 */
export function renderBriefInWorker(
  kind: BriefKind,
  input: BriefInput,
  options: WorkerRenderOptions & { file?: 'pdf' }
): Promise<BriefResult & { pages: number }>
export function renderBriefInWorker(
  kind: BriefKind,
  input: BriefInput,
  options: WorkerRenderOptions
): Promise<BriefResult>
export function renderBriefInWorker(
  kind: BriefKind,
  input: BriefInput,
  options: WorkerRenderOptions
): Promise<BriefResult> {
  let encoded: Promise<Pick<BriefJob, 'head' | 'notes'>>
  try {
    throwIfCancelled(options.signal)
    encoded = encodeInput(input, options.signal)
  } catch (error) {
    return Promise.reject(error)
  }
  const turn = queue
  const run = Promise.all([encoded, untilSettled(turn, options.signal)]).then(([data]) =>
    runWorker(
      { type: 'brief', kind, file: options.file ?? 'pdf', ...data, resourcesDir: options.resourcesDir },
      options
    )
  )
  queue = Promise.allSettled([turn, run])
  return run
}

/** A cross-session brief (a board's themes across sessions), in the same thread and queue as the others. */
export function renderCrossBriefInWorker(
  input: CrossBriefInput,
  options: WorkerRenderOptions
): Promise<BriefResult> {
  let encoded: Promise<Pick<CrossBriefJob, 'head' | 'sessions'>>
  try {
    throwIfCancelled(options.signal)
    encoded = encodeCrossInput(input, options.signal)
  } catch (error) {
    return Promise.reject(error)
  }
  const turn = queue
  const run = Promise.all([encoded, untilSettled(turn, options.signal)]).then(([data]) =>
    runWorker(
      { type: 'cross-brief', file: options.file ?? 'pdf', ...data, resourcesDir: options.resourcesDir },
      options
    )
  )
  queue = Promise.allSettled([turn, run])
  return run
}

/** Resolves once `turn` has settled; rejects at once with export/cancelled if the signal fires first. */
function untilSettled(turn: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  throwIfCancelled(signal)
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(cancelled())
    signal?.addEventListener('abort', onAbort, { once: true })
    void turn.finally(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    })
  })
}

async function runWorker(job: BriefJob | CrossBriefJob, options: WorkerRenderOptions): Promise<BriefResult> {
  throwIfCancelled(options.signal)
  const file = options.workerFile ?? findBriefWorker()
  if (!file)
    throw new AppError(
      'export/failed',
      `${BRIEF_WORKER_FILE} is missing: build the app first (npx electron-vite build).`
    )
  let worker: Worker
  try {
    worker = take(file, job.resourcesDir)
  } catch (error) {
    throw new AppError('export/failed', `cannot start the brief worker: ${String(error)}`)
  }
  busy++
  try {
    const result = await inWorker(worker, job, options)
    const small =
      result.pages === null ? result.bytes.length <= KEEP_AFTER_DOCX_BYTES : result.pages <= KEEP_AFTER_PAGES
    if (small) keep(worker, file, job.resourcesDir)
    else void worker.terminate()
    return result
  } finally {
    busy--
  }
}

/** One brief in `worker`. On failure or cancel the thread is terminated before this settles. */
function inWorker(
  worker: Worker,
  job: BriefJob | CrossBriefJob,
  options: WorkerRenderOptions
): Promise<BriefResult> {
  const { signal, onProgress } = options
  return new Promise<BriefResult>((resolve, reject) => {
    let settled = false
    const done = () => {
      settled = true
      signal?.removeEventListener('abort', onAbort)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('messageerror', onError)
      worker.off('exit', onExit)
    }
    /** Settle once the thread has stopped: "cancelled" then means no layout is left running. */
    const stop = (error: AppError) => {
      if (settled) return
      done()
      const fail = () => reject(error)
      void worker.terminate().then(fail, fail)
    }
    const onAbort = () => stop(cancelled())
    const onError = (error: unknown) =>
      stop(new AppError('export/failed', `the brief worker failed: ${String(error)}`))
    const onExit = (code: number) =>
      stop(new AppError('export/failed', `the brief worker stopped early (exit code ${code})`))
    const onMessage = (message: WorkerMessage) => {
      if (settled) return
      if (message.type === 'progress') {
        onProgress?.(message.progress)
      } else if (message.type === 'failed') {
        stop(new AppError(message.code, message.message))
      } else if (signal?.aborted) {
        stop(cancelled())
      } else {
        done()
        const { bytes, pages } = message
        resolve({ bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages })
      }
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('messageerror', onError)
    worker.on('exit', onExit)
    const buffers = job.type === 'cross-brief' ? [job.head, ...job.sessions] : [job.head, ...job.notes]
    worker.postMessage(
      job,
      buffers.map((bytes) => bytes.buffer as ArrayBuffer)
    )
  })
}
