import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { AppError } from '../shared/errors'
import { openBackend, type Backend } from './backend'
import { DEFAULT_LANGUAGE, pickLanguage } from '../shared/i18n/languages'
import { createTranslator } from './i18n'
import { registerIpc } from './ipc/register'
import { saveAsDialog } from './save-dialog'
import { hardenSession, hardenWebContents, isOwnPage, trustedOrigin } from './security'
import { resolveDataDir } from './storage/paths'
import { createMainWindow } from './window'

/** Composition only: lifecycle, single-instance lock, security hooks, one register call per feature. */
const here = dirname(fileURLToPath(import.meta.url))
const rendererDir = join(here, '../renderer')
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const origin = trustedOrigin(rendererDir, devUrl)
const dataDir = resolveDataDir()

// Chromium's own profile lives with the notebook so PASSERELLE_DATA_DIR moves everything, and the
// single-instance lock (keyed on userData) is per data folder.
app.setPath('userData', dataDir)

/** The OS's languages, most preferred first, then the one Chromium runs in (both need `ready`). */
const systemLanguages = () => [...app.getPreferredSystemLanguages(), app.getLocale()]

let mainWindow: BrowserWindow | null = null
let backend: Backend | null = null

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(BrowserWindow, {
      preload: join(here, '../preload/index.cjs'),
      index: join(rendererDir, 'index.html'),
      ...(devUrl ? { devUrl } : {})
    })
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

export async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', showMainWindow)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin))
  await app.whenReady()
  hardenSession(session.defaultSession, origin)
  try {
    backend = await openBackend({
      dataDir,
      mode: 'desktop',
      openExternal: (url) => shell.openExternal(url),
      saveAs: saveAsDialog,
      systemLanguages
    })
  } catch (error) {
    const t = createTranslator(pickLanguage(systemLanguages()) ?? DEFAULT_LANGUAGE)
    const code = error instanceof AppError ? error.code : 'internal/unexpected'
    dialog.showErrorBox(t('errors.title'), `${t(`errors.${code}`)}\n\n${dataDir}`)
    app.quit()
    return
  }
  registerIpc(ipcMain, backend.dispatch, (url) => isOwnPage(url, origin))
  showMainWindow()
  app.on('activate', showMainWindow)
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

// Quit flush: hold the quit until every acknowledged and pending write is on disk.
let closing = false
app.on('before-quit', (event) => {
  if (closing || !backend) return
  event.preventDefault()
  closing = true
  void backend.close().finally(() => app.quit())
})

void start()
