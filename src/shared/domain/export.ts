import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'

/** The three PDF documents, plus Markdown (same consent rules) and the session's open JSON file. */
export const EXPORT_FORMATS = ['facilitator-pack', 'outcome-brief', 'cards', 'markdown', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const PAGE_SIZES = ['A4', 'LETTER'] as const

export interface ExportProgress {
  /** 0–1 through drawing the pages. */
  fraction: number
  /** Known once the layout is done. */
  pages: number | null
}

/** Desktop: the file is already saved (`savedTo`). Browser mode: the bytes, for a download. */
export interface ExportDelivery {
  fileName: string
  mime: string
  base64: string | null
  savedTo: string | null
}

const jobId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/)
export const exportFileInput = z.strictObject({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  jobId,
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(LANGUAGES),
  pageSize: z.enum(PAGE_SIZES)
})
export const exportJobInput = z.strictObject({ jobId })
