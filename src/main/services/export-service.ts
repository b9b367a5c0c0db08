import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import {
  isPaged,
  type BriefFile,
  type ExportDelivery,
  type ExportFormat,
  type ExportProgress
} from '../../shared/domain/export'
import type { Language } from '../../shared/i18n/languages'
import type { PlanningCatalog } from '../../shared/planning/catalog-schema'
import type { Session } from '../../shared/planning/session'
import {
  buildMarkdown,
  briefFileName,
  previewExport,
  type BriefInput,
  type ExportPreview
} from '../../shared/pdf'
import type { PageSize } from '../../shared/pdf/types'
import {
  DOCX_MIME,
  renderBriefInWorker,
  renderCrossBriefInWorker,
  warmBriefWorker,
  writeExport
} from '../briefs'
import type { CrossBriefInput } from '../../shared/insights/cross-brief-input'
import type { BoardExportFormat } from '../../shared/domain/export'
import {
  buildCrossSessionMarkdown,
  crossBriefFileName,
  previewCrossSession,
  type CrossSessionPreview
} from '../../shared/pdf'
import type { Notebook } from '../storage/notebook'
import type { TransferService } from './transfer-service'
import { sealSessionExport } from '../crypto/sealed-export'

/** Where a file goes in the desktop app: the folder and name the user picked, or null if they cancelled. */
export type SaveAs = (defaultName: string, format: ExportFormat, file: BriefFile) => Promise<string | null>

const MIME: Record<ExportFormat, string> = {
  'facilitator-pack': 'application/pdf',
  'outcome-brief': 'application/pdf',
  cards: 'application/pdf',
  markdown: 'text/markdown',
  json: 'application/json'
}

const mimeOf = (format: ExportFormat, file: BriefFile) =>
  isPaged(format) && file === 'docx' ? DOCX_MIME : MIME[format]

interface Job {
  controller: AbortController
  progress: ExportProgress
}

/**
 * Exports: the three paged documents (each as a PDF or an editable Word file), Markdown and the
 * session's own JSON file. Each export is a
 * job the renderer names, so it can ask for progress and cancel it. In the desktop app the bytes
 * go straight to the file the user chose (temp file, then rename); in browser mode they come
 * back to the page, which offers them as a download.
 */
export function createExportService(deps: {
  notebook: Notebook
  catalog: PlanningCatalog
  resourcesDir: string
  /** The session's own file comes from the transfer service, as for "export session". */
  transfer: Pick<TransferService, 'exportSession'>
  saveAs?: SaveAs | undefined
  now?: () => Date
}) {
  const now = deps.now ?? (() => new Date())
  const jobs = new Map<string, Job>()
  const pack = () => {
    const bundled = deps.notebook.packs.list().find((p) => p.origin === 'bundled')
    if (!bundled) throw new AppError('export/failed', 'no bundled content pack')
    return bundled.pack
  }

  async function produce(
    input: {
      sessionId: string
      format: ExportFormat
      language: Language
      pageSize: PageSize
      file: BriefFile
      passphrase?: string | undefined
    },
    job: Job
  ): Promise<{ bytes: Uint8Array | string; fileName: string }> {
    if (input.format === 'json') {
      const file = await deps.transfer.exportSession(input.sessionId)
      const bytes = input.passphrase ? await sealSessionExport(file.content, input.passphrase) : file.content
      return { bytes, fileName: file.fileName }
    }
    if (input.format === 'markdown') {
      const { session, day, briefInput } = inputFor(await deps.notebook.sessions.get(input.sessionId))
      return {
        bytes: buildMarkdown(briefInput),
        fileName: briefFileName(session.title, 'outcome-brief', input.language, day, 'md')
      }
    }
    // Only read, never changed, and serialised for the worker before anything else runs on this
    // thread: no copy of the session's 20,000 notes is made here, unlike `get`.
    const { session, day, briefInput } = inputFor(await deps.notebook.sessions.peek(input.sessionId))
    const fileName = briefFileName(session.title, input.format, input.language, day, input.file)
    // Built, then laid out and drawn (PDF) or converted (Word) in a worker thread: this thread keeps
    // answering (progress, cancel, every other screen) however long a 20,000-note brief takes;
    // cancel terminates the worker.
    const { bytes, pages } = await renderBriefInWorker(input.format, briefInput, {
      resourcesDir: deps.resourcesDir,
      file: input.file,
      signal: job.controller.signal,
      onProgress: (p) => (job.progress = p)
    })
    job.progress = { phase: 'draw', fraction: 1, pages, laidOut: pages ?? 0 }
    return { bytes, fileName }

    function inputFor(session: Session) {
      const generatedAt = now()
      // Named for the session's day when it has one (a brief exported a week later is still that workshop's).
      const day = session.date ?? generatedAt.toISOString().slice(0, 10)
      const briefInput: BriefInput = {
        session,
        pack: pack(),
        catalog: deps.catalog,
        language: input.language,
        pageSize: input.pageSize,
        generatedAt
      }
      return { session, day, briefInput }
    }
  }

  /** One export job: produced, then saved where the user chose (desktop) or handed back (browser). */
  async function run(
    jobId: string,
    mime: string,
    saveKind: ExportFormat,
    file: BriefFile,
    make: (job: Job) => Promise<{ bytes: Uint8Array | string; fileName: string }>
  ): Promise<ExportDelivery> {
    if (jobs.has(jobId)) throw new AppError('validation/invalid-input', `job ${jobId} is running`)
    const job: Job = {
      controller: new AbortController(),
      progress: { phase: 'build', fraction: 0, pages: null, laidOut: 0 }
    }
    jobs.set(jobId, job)
    try {
      const { bytes, fileName } = await make(job)
      job.progress = { ...job.progress, phase: 'write' }
      if (!deps.saveAs) {
        const base64 = Buffer.from(bytes).toString('base64')
        return { fileName, mime, base64, savedTo: null }
      }
      const chosen = await deps.saveAs(fileName, saveKind, file)
      if (chosen === null) throw new AppError('export/cancelled', 'no destination chosen')
      const savedTo = await writeExport(bytes, dirname(chosen), basename(chosen), {
        signal: job.controller.signal
      })
      return { fileName: basename(savedTo), mime, base64: null, savedTo }
    } finally {
      jobs.delete(jobId)
    }
  }

  /** The board and every session its notes come from, read as they are now. */
  async function boardInput(
    boardId: string,
    language: Language,
    pageSize: PageSize
  ): Promise<CrossBriefInput> {
    const board = deps.notebook.insights.board(boardId)
    const ids = new Set(board.themes.flatMap((t) => t.notes.map((n) => n.sessionId)))
    const listed = new Set(deps.notebook.sessions.list().map((s) => s.id))
    const sessions: Session[] = []
    for (const id of ids)
      if (listed.has(id)) sessions.push((await deps.notebook.sessions.peek(id)) as Session)
    return {
      board,
      sessions,
      origins: deps.notebook.insights.origins(),
      pack: pack(),
      catalog: deps.catalog,
      language,
      pageSize,
      generatedAt: now()
    }
  }

  return {
    /** The export dialog opens with this: a brief thread starts warming up, ready for "Export". */
    async preview(sessionId: string): Promise<ExportPreview> {
      warmBriefWorker({ resourcesDir: deps.resourcesDir })
      return previewExport({
        session: await deps.notebook.sessions.get(sessionId),
        pack: pack(),
        catalog: deps.catalog
      })
    },

    exportFile(input: {
      sessionId: string
      jobId: string
      format: ExportFormat
      language: Language
      pageSize: PageSize
      /** Absent from callers that predate Word files: a PDF. */
      file?: BriefFile
      /** Session file only: sealed to this passphrase. */
      passphrase?: string | undefined
    }): Promise<ExportDelivery> {
      const file = input.file ?? 'pdf'
      return run(input.jobId, mimeOf(input.format, file), input.format, file, (job) =>
        produce({ ...input, file }, job)
      )
    },

    /** What a board's cross-session brief would carry: counts and reasons, per note's own session. */
    async previewBoard(boardId: string): Promise<CrossSessionPreview> {
      warmBriefWorker({ resourcesDir: deps.resourcesDir })
      return previewCrossSession(await boardInput(boardId, 'en', 'A4'))
    },

    /** A board as a cross-session brief (PDF through the brief worker, or Markdown). */
    exportBoard(input: {
      boardId: string
      jobId: string
      format: BoardExportFormat
      language: Language
      pageSize: PageSize
    }): Promise<ExportDelivery> {
      const file: BriefFile = input.format === 'docx' ? 'docx' : 'pdf'
      const kind: ExportFormat = input.format === 'markdown' ? 'markdown' : 'outcome-brief'
      return run(input.jobId, mimeOf(kind, file), kind, file, async (job) => {
        const briefInput = await boardInput(input.boardId, input.language, input.pageSize)
        const day = briefInput.generatedAt.toISOString().slice(0, 10)
        const name = briefInput.board.name
        if (input.format === 'markdown')
          return {
            bytes: buildCrossSessionMarkdown(briefInput),
            fileName: crossBriefFileName(name, input.language, day, 'md')
          }
        const { bytes, pages } = await renderCrossBriefInWorker(briefInput, {
          resourcesDir: deps.resourcesDir,
          signal: job.controller.signal,
          onProgress: (p) => (job.progress = p),
          file
        })
        job.progress = { phase: 'draw', fraction: 1, pages, laidOut: pages ?? 0 }
        return { bytes, fileName: crossBriefFileName(name, input.language, day, file) }
      })
    },

    progress: (jobId: string): ExportProgress | null => jobs.get(jobId)?.progress ?? null,

    /** True when a running export was asked to stop; it then fails with export/cancelled and writes nothing. */
    cancel(jobId: string): boolean {
      const job = jobs.get(jobId)
      job?.controller.abort()
      return Boolean(job)
    }
  }
}
