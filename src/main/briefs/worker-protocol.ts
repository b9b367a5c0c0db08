import { setImmediate as nextTurn } from 'node:timers/promises'
import type { BriefFile } from '../../shared/domain/export'
import type { ErrorCode } from '../../shared/errors'
import type { BriefInput, BriefKind } from '../../shared/pdf'
import type { Note } from '../../shared/planning/capture'
import { throwIfCancelled, type RenderProgress } from './render'

/** What electron-vite builds from worker.ts, beside the main bundle's entries (out/main). */
export const BRIEF_WORKER_FILE = 'brief-worker.js'

/** Main → worker: get pdfmake ready (load it, read the fonts) before a brief is asked for. */
export interface WarmUp {
  type: 'warm-up'
  resourcesDir: string
}

/**
 * Main → worker, one at a time: which document, as what file, from what, with fonts from where.
 * The input is UTF-8 JSON in buffers that are transferred, not copied (see encodeInput).
 */
export interface BriefJob {
  type: 'brief'
  kind: BriefKind
  file: BriefFile
  /** The input with an empty list of notes. */
  head: Uint8Array
  /** The session's notes, in order, as JSON arrays of at most NOTES_PER_SLICE. */
  notes: Uint8Array[]
  resourcesDir: string
}

/** Building the definition, then pdfmake's own phases. */
export type BriefProgress = { phase: 'build'; fraction: 0; pages: null; laidOut: 0 } | RenderProgress

/** Worker → main: progress as it happens, then the file's bytes (transferred) or why not. */
export type WorkerMessage =
  | { type: 'progress'; progress: BriefProgress }
  /** A Word file has no pages until Word lays it out: `pages` is then null. */
  | { type: 'done'; bytes: Uint8Array; pages: number | null }
  | { type: 'failed'; code: ErrorCode; message: string }

/** Serialising 500 notes takes a few milliseconds: main answers other calls between two slices. */
export const NOTES_PER_SLICE = 500

/**
 * The input as buffers, for a worker. Everything but the notes is serialised at once; the list of
 * notes is copied at once too (references only), then serialised a slice per turn of the event
 * loop, so 20,000 notes never hold this thread for long. Storage never changes a note in place (an
 * edit replaces it in the list), so the brief shows the session as it was when this was called,
 * even if it is a live view that later edits change. Rejects with export/cancelled if the signal
 * fires meanwhile.
 */
export function encodeInput(
  input: BriefInput,
  signal?: AbortSignal
): Promise<Pick<BriefJob, 'head' | 'notes'>> {
  const utf8 = new TextEncoder()
  const notes: readonly Note[] = input.session.captures.slice()
  const head = utf8.encode(JSON.stringify({ ...input, session: { ...input.session, captures: [] } }))
  return (async () => {
    const slices: Uint8Array[] = []
    for (let at = 0; at < notes.length; at += NOTES_PER_SLICE) {
      if (at > 0) await nextTurn()
      throwIfCancelled(signal)
      slices.push(utf8.encode(JSON.stringify(notes.slice(at, at + NOTES_PER_SLICE))))
    }
    return { head, notes: slices }
  })()
}

export function decodeInput(job: Pick<BriefJob, 'head' | 'notes'>): BriefInput {
  const utf8 = new TextDecoder()
  const input = JSON.parse(utf8.decode(job.head)) as Omit<BriefInput, 'generatedAt'> & {
    generatedAt: string
  }
  const captures = job.notes.flatMap((slice) => JSON.parse(utf8.decode(slice)) as Note[])
  return { ...input, session: { ...input.session, captures }, generatedAt: new Date(input.generatedAt) }
}
