import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import type { SaveAs } from './services/export-service'

const EXTENSION = { markdown: 'md', json: 'json' } as const

/** The desktop app asks where an export goes with the system's own save dialog. */
export const saveAsDialog: SaveAs = async (defaultName, format) => {
  const extension = format === 'markdown' || format === 'json' ? EXTENSION[format] : 'pdf'
  const options = {
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }]
  }
  const owner = BrowserWindow.getFocusedWindow()
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
