import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron'

export interface WindowPaths {
  preload: string
  index: string
  devUrl?: string
}

/** Written out in full, even where a value is Electron's default, so a review sees every choice. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Passerelle',
    backgroundColor: '#f8f9fa',
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
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true
    }
  }
}

export function createMainWindow(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType,
  paths: WindowPaths
): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(paths.preload))
  win.once('ready-to-show', () => win.show())
  if (paths.devUrl) void win.loadURL(paths.devUrl)
  else void win.loadFile(paths.index)
  return win
}
