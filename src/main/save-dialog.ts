import { app, BrowserWindow, dialog, type FileFilter } from 'electron'
import { join } from 'node:path'
import type { SaveAs } from './services/export-service'

const FILTERS: Record<'markdown' | 'json' | 'pdf' | 'docx', FileFilter> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word', extensions: ['docx'] }
}

/** The desktop app asks where an export goes with the system's own save dialog. */
export const saveAsDialog: SaveAs = async (defaultName, format, file) => {
  const filter = format === 'markdown' || format === 'json' ? FILTERS[format] : FILTERS[file]
  const options = {
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [filter]
  }
  const owner = BrowserWindow.getFocusedWindow()
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
