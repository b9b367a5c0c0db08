import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import type { ExportDelivery } from '../../shared/domain/export'
import type { RecoverySheetInput } from '../../shared/domain/recovery-sheet'
import { buildRecoverySheet, recoverySheetFileName } from '../../shared/pdf/recovery-sheet'
import { renderPdf, writeExport } from '../briefs'
import type { SaveAs } from './export-service'

/**
 * The recovery key's one-page PDF, made from the key the protect dialog holds (main never keeps
 * it: the key is in this call's memory only while the page is drawn). Saved where the user chooses
 * (desktop) or handed back as a download (browser mode), like every export.
 */
export function createRecoverySheet(deps: {
  resourcesDir: string
  saveAs?: SaveAs | undefined
  now?: () => Date
}) {
  const now = deps.now ?? (() => new Date())
  return async (input: RecoverySheetInput): Promise<ExportDelivery> => {
    const def = buildRecoverySheet({ ...input, generatedAt: now() })
    // One page: drawn in this thread, without the brief worker's start-up cost.
    const { bytes } = await renderPdf(def, { resourcesDir: deps.resourcesDir })
    const fileName = recoverySheetFileName(input.language)
    const mime = 'application/pdf'
    if (!deps.saveAs) return { fileName, mime, base64: bytes.toString('base64'), savedTo: null }
    const chosen = await deps.saveAs(fileName, 'outcome-brief', 'pdf')
    if (chosen === null) throw new AppError('export/cancelled', 'no destination chosen')
    const savedTo = await writeExport(bytes, dirname(chosen), basename(chosen))
    return { fileName: basename(savedTo), mime, base64: null, savedTo }
  }
}
