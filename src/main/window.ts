import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron'
import { APP_INDEX_URL } from './desktop/app-protocol'
import type { Placement } from './desktop/window-state'

export interface WindowPaths {
  preload: string
  devUrl?: string
  /** Linux only: the window does not take its icon from the executable there. */
  icon?: string
}

export interface WindowChoices {
  /** Where the window opens (src/main/desktop/window-state.ts). */
  placement?: Placement
  /** Off in packaged builds (`app.isPackaged`). */
  devTools: boolean
  /** Only where the OS's own spell checker serves it (macOS): elsewhere Chromium would download dictionaries. */
  spellcheck: boolean
}

export const WINDOW_SIZES = { width: 1280, height: 860, minWidth: 760, minHeight: 560 } as const

/** Written out in full, even where a value is Electron's default, so a review sees every choice. */
export function mainWindowOptions(
  preload: string,
  choices: WindowChoices = { devTools: true, spellcheck: false },
  icon?: string
): BrowserWindowConstructorOptions {
  const bounds = choices.placement?.bounds
  return {
    ...(bounds ?? { width: WINDOW_SIZES.width, height: WINDOW_SIZES.height }),
    minWidth: WINDOW_SIZES.minWidth,
    minHeight: WINDOW_SIZES.minHeight,
    show: false,
    title: 'Passerelle',
    backgroundColor: '#f8f9fa',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: choices.spellcheck,
      devTools: choices.devTools,
      navigateOnDragDrop: false,
      safeDialogs: true
    }
  }
}

export function createMainWindow(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType,
  paths: WindowPaths,
  choices: WindowChoices
): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(paths.preload, choices, paths.icon))
  if (choices.placement?.maximized) win.maximize()
  if (choices.placement?.fullScreen) win.setFullScreen(true)
  win.once('ready-to-show', () => win.show())
  // The renderer comes from the app:// protocol (src/main/desktop/app-protocol.ts), never file://.
  void win.loadURL(paths.devUrl ?? APP_INDEX_URL)
  return win
}
