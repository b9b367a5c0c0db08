import type { BriefFile } from '../../shared/domain/export'
import { buildDocument, briefFileName, type BriefInput, type BriefKind } from '../../shared/pdf'
import { renderDocx } from './docx'
import { type RenderProgress, renderPdf, throwIfCancelled } from './render'
import { writeExport } from './write-export'

export { DOCX_MIME, HEADING_STYLES, docxDocument, renderDocx, type DocxOptions } from './docx'
export { renderPdf, type RenderOptions, type RenderProgress, type RenderResult } from './render'
export { writeExport } from './write-export'
export {
  findBriefWorker,
  liveBriefWorkers,
  renderBriefInWorker,
  renderCrossBriefInWorker,
  stopBriefWorkers,
  type BriefResult,
  warmBriefWorker,
  type WorkerRenderOptions
} from './worker-host'
export { BRIEF_WORKER_FILE, type BriefProgress } from './worker-protocol'

export interface ExportBriefOptions {
  resourcesDir: string
  destinationDir: string
  /** A PDF unless a Word file is asked for. */
  file?: BriefFile
  /** Defaults to "<title> — <document> — <date>.pdf" (or .docx) in the brief's language. */
  fileName?: string
  signal?: AbortSignal
  onProgress?: (progress: RenderProgress) => void
}

/** Build, render (in this thread) and write one brief; resolves with the path written and its page count (null for Word). */
export async function exportBrief(
  kind: BriefKind,
  input: BriefInput,
  options: ExportBriefOptions
): Promise<{ path: string; pages: number | null; bytes: number }> {
  throwIfCancelled(options.signal)
  const def = buildDocument(kind, input)
  const file = options.file ?? 'pdf'
  const { bytes, pages } =
    file === 'docx'
      ? { bytes: await renderDocx(def), pages: null }
      : await renderPdf(def, {
          resourcesDir: options.resourcesDir,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {})
        })
  throwIfCancelled(options.signal)
  const name =
    options.fileName ??
    briefFileName(
      input.session.title,
      kind,
      input.language,
      input.generatedAt.toISOString().slice(0, 10),
      file
    )
  const path = await writeExport(bytes, options.destinationDir, name, {
    ...(options.signal ? { signal: options.signal } : {})
  })
  return { path, pages, bytes: bytes.length }
}
