import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { RECORD_ID_PATTERN } from '../ids'
import { exportPassphrase } from '../protection/schemas'

/** The three PDF documents, plus Markdown (same consent rules) and the session's open JSON file. */
export const EXPORT_FORMATS = ['facilitator-pack', 'outcome-brief', 'cards', 'markdown', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const PAGE_SIZES = ['A4', 'LETTER'] as const

/** The documents laid out as pages: each comes as a PDF, or as a Word file to edit. */
export const PAGED_FORMATS = ['facilitator-pack', 'outcome-brief', 'cards'] as const
export type PagedFormat = (typeof PAGED_FORMATS)[number]
export const isPaged = (format: ExportFormat): format is PagedFormat =>
  (PAGED_FORMATS as readonly string[]).includes(format)
/** What file a paged document is written as. Markdown and JSON have one file type each. */
export const BRIEF_FILES = ['pdf', 'docx'] as const
export type BriefFile = (typeof BRIEF_FILES)[number]

/**
 * What a running export is doing: building the document from the session, laying out its pages,
 * drawing them into the PDF, then writing the file (desktop) or handing it to the page (browser).
 */
export const EXPORT_PHASES = ['build', 'layout', 'draw', 'write'] as const
export type ExportPhase = (typeof EXPORT_PHASES)[number]

export interface ExportProgress {
  /** 0–1 through drawing the pages. */
  fraction: number
  /** Known once the layout is done. */
  pages: number | null
  /** Always set by main; optional only so a caller that fakes progress need not invent it. */
  phase?: ExportPhase
  /** Pages laid out so far: grows during the layout, then equals `pages`. */
  laidOut?: number
}

/** Desktop: the file is already saved (`savedTo`). Browser mode: the bytes, for a download. */
export interface ExportDelivery {
  fileName: string
  mime: string
  base64: string | null
  savedTo: string | null
}

const jobId = z.string().regex(RECORD_ID_PATTERN)
export const exportFileInput = z
  .strictObject({
    sessionId: z.string().regex(RECORD_ID_PATTERN),
    jobId,
    format: z.enum(EXPORT_FORMATS),
    language: z.enum(LANGUAGES),
    pageSize: z.enum(PAGE_SIZES),
    // Optional, so every caller from before Word files existed still asks for a PDF.
    file: z.enum(BRIEF_FILES).default('pdf'),
    /** Session file only: seal it to this passphrase (for a USB stick); PDFs and Markdown stay plain. */
    passphrase: exportPassphrase
  })
  .refine((input) => input.file === 'pdf' || isPaged(input.format), {
    message: 'Only the facilitator pack, the outcome brief and the cards can be made as a Word file.',
    path: ['file']
  })
  .refine((input) => input.passphrase === undefined || input.format === 'json', {
    message: 'Only the session file can be encrypted; a PDF or Markdown export is plain by choice.',
    path: ['passphrase']
  })
export const exportJobInput = z.strictObject({ jobId })

/** A cross-session board leaves as a brief: PDF, Word (editable) or Markdown. */
export const BOARD_EXPORT_FORMATS = ['pdf', 'docx', 'markdown'] as const
export type BoardExportFormat = (typeof BOARD_EXPORT_FORMATS)[number]
export const boardExportInput = z.strictObject({
  boardId: z.string().regex(RECORD_ID_PATTERN),
  jobId,
  format: z.enum(BOARD_EXPORT_FORMATS),
  language: z.enum(LANGUAGES),
  pageSize: z.enum(PAGE_SIZES)
})
