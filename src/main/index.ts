import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell } from 'electron'
import { AppError } from '../shared/errors'
import { openBackend, type Backend } from './backend'
import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../shared/i18n/languages'
import type { Dispatch } from './dispatch'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './desktop/app-protocol'
import { allowListedOpener } from './desktop/external-links'
import { createDesktopShell } from './desktop/shell'
import { createProjectorWindows, displayContaining } from './desktop/projector-window'
import { placeWindow, type WindowState } from './desktop/window-state'
import { keepWindowState, readWindowState } from './desktop/window-state-file'
import { createTranslator } from './i18n'
import { registerIpc } from './ipc/register'
import { saveAsDialog } from './save-dialog'
import { hardenSession, hardenWebContents, isOwnPage, trustedOrigin } from './security'
import { notebookDir, resolveDataDir } from './storage/paths'
import { createMainWindow, WINDOW_SIZES } from './window'

/** Composition only: lifecycle, single-instance lock, security hooks, one register call per feature. */
const here = dirname(fileURLToPath(import.meta.url))
const rendererDir = join(here, '../renderer')
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const origin = trustedOrigin(devUrl)
const dataDir = resolveDataDir()
// Only macOS's spell checker is the OS's own; elsewhere Chromium would download dictionaries.
const spellcheck = process.platform === 'darwin'

// Chromium's own profile lives with the notebook so PASSERELLE_DATA_DIR moves everything, and the
// single-instance lock (keyed on userData) is per data folder.
app.setPath('userData', dataDir)
// Before `ready`, as Electron requires: app:// is a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

/** The OS's languages, most preferred first, then the one Chromium runs in (both need `ready`). */
const systemLanguages = () => [...app.getPreferredSystemLanguages(), app.getLocale()]

let mainWindow: BrowserWindow | null = null
let backend: Backend | null = null
let savedWindow: WindowState | null = null
let windowState: { flush(): Promise<void> } | null = null

const uiLanguage = (): Language => backend?.language() ?? pickLanguage(systemLanguages()) ?? DEFAULT_LANGUAGE

const preloadPath = join(here, '../preload/index.cjs')
const linuxIcon =
  process.platform === 'linux' ? join(here, '../../resources/icons/png/512x512.png') : undefined

const projectors = createProjectorWindows({
  BrowserWindow,
  displays: () => screen.getAllDisplays(),
  facilitatorDisplayId: () =>
    mainWindow && !mainWindow.isDestroyed()
      ? (displayContaining(mainWindow.getNormalBounds(), screen.getAllDisplays())?.id ?? null)
      : null,
  preload: preloadPath,
  ...(devUrl ? { devUrl } : {}),
  devTools: !app.isPackaged,
  ...(linuxIcon ? { icon: linuxIcon } : {}),
  title: () => createTranslator(uiLanguage())('projector.page')
})

const desktop = createDesktopShell({
  notebookFolder: notebookDir(dataDir),
  language: uiLanguage,
  writable: () => !(backend?.gate.status().readOnly ?? false) && !(backend?.gate.locked ?? false),
  locked: () => backend?.gate.locked ?? true,
  isOwnPage: (url) => isOwnPage(url, origin),
  showWindow
})

function showWindow(): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    const placement = placeWindow(
      savedWindow,
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
      WINDOW_SIZES
    )
    mainWindow = createMainWindow(
      BrowserWindow,
      {
        preload: preloadPath,
        ...(devUrl ? { devUrl } : {}),
        ...(linuxIcon ? { icon: linuxIcon } : {})
      },
      { placement, devTools: !app.isPackaged, spellcheck }
    )
    mainWindow.on('closed', () => projectors.close())
    windowState = keepWindowState(mainWindow, dataDir)
    desktop.attachWindow(mainWindow)
    return mainWindow
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  return mainWindow
}

/** Channels after which the notebook may have locked or unlocked (the idle lock comes this way too). */
const LOCK_CHANNELS: ReadonlySet<string> = new Set(['notebook:lock', 'notebook:unlock', 'notebook:protect'])

/** The menu speaks the UI language: rebuilt whenever the settings change; the shell follows the lock. */
const withShellUpdates =
  (dispatch: Dispatch): Dispatch =>
  async (channel, input) => {
    const result = await dispatch(channel, input)
    if (channel === 'settings:set' && result.ok) desktop.refreshMenu()
    if (LOCK_CHANNELS.has(channel)) desktop.lockChanged()
    return result
  }

export async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // A second launch (a double-clicked file while we run) brings this window forward with its file.
  // Before `ready` its file waits in the outbox like any other; the window comes with start().
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (app.isReady()) showWindow()
    desktop.openFromArgv(argv, workingDirectory)
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin))
  desktop.listen()
  await app.whenReady()
  hardenSession(session.defaultSession, origin, { spellcheck })
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir))
  try {
    backend = await openBackend({
      dataDir,
      mode: 'desktop',
      openExternal: allowListedOpener((url) => shell.openExternal(url)),
      saveAs: saveAsDialog,
      systemLanguages,
      openProjector: (sessionId) => projectors.open(sessionId)
    })
  } catch (error) {
    const t = createTranslator(pickLanguage(systemLanguages()) ?? DEFAULT_LANGUAGE)
    const code = error instanceof AppError ? error.code : 'internal/unexpected'
    dialog.showErrorBox(t('errors.title'), `${t(`errors.${code}`)}\n\n${dataDir}`)
    app.quit()
    return
  }
  registerIpc(ipcMain, withShellUpdates(backend.dispatch), (url) => isOwnPage(url, origin), projectors.allows)
  desktop.refreshMenu()
  savedWindow = await readWindowState(dataDir)
  showWindow()
  desktop.openFromArgv(process.argv, process.cwd())
  // An unprotected notebook is open already: what was opened before `ready` is read now.
  desktop.lockChanged()
  app.on('activate', showWindow)
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
  const flushed = windowState?.flush() ?? Promise.resolve()
  void Promise.all([backend.close(), flushed]).finally(() => app.quit())
})

void start()
