import { buildDocument, briefFileName, type BriefInput, type BriefKind } from '../../shared/pdf'
import { type RenderProgress, renderPdf, throwIfCancelled } from './render'
import { writeExport } from './write-export'

export { renderPdf, type RenderOptions, type RenderProgress, type RenderResult } from './render'
export { writeExport } from './write-export'
export {
  findBriefWorker,
  liveBriefWorkers,
  renderBriefInWorker,
  renderCrossBriefInWorker,
  stopBriefWorkers,
  warmBriefWorker,
  type WorkerRenderOptions
} from './worker-host'
export { BRIEF_WORKER_FILE, type BriefProgress } from './worker-protocol'

export interface ExportBriefOptions {
  resourcesDir: string
  destinationDir: string
  /** Defaults to "<title> — <document> — <date>.pdf" in the brief's language. */
  fileName?: string
  signal?: AbortSignal
  onProgress?: (progress: RenderProgress) => void
}

/** Build, render (in this thread) and write one brief; resolves with the path written and its page count. */
export async function exportBrief(
  kind: BriefKind,
  input: BriefInput,
  options: ExportBriefOptions
): Promise<{ path: string; pages: number; bytes: number }> {
  throwIfCancelled(options.signal)
  const def = buildDocument(kind, input)
  const { bytes, pages } = await renderPdf(def, {
    resourcesDir: options.resourcesDir,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {})
  })
  const name =
    options.fileName ??
    briefFileName(input.session.title, kind, input.language, input.generatedAt.toISOString().slice(0, 10))
  const path = await writeExport(bytes, options.destinationDir, name, {
    ...(options.signal ? { signal: options.signal } : {})
  })
  return { path, pages, bytes: bytes.length }
}
