import { EventEmitter } from 'node:events'
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  IpcMainEvent,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  Rectangle
} from 'electron'

/**
 * A small, typed stand-in for the parts of `electron` the main process uses, so main can be
 * unit-tested (source and built bundle) on machines where no Electron binary can run. It records
 * what main asks for and lets tests drive events; every real decision stays in main's code.
 */
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown
type Listener = (event: IpcMainEvent, ...args: unknown[]) => void
type ProtocolHandler = (request: Request) => Response | Promise<Response>

export interface FakeDisplay {
  id: number
  workArea: Rectangle
  bounds: Rectangle
}

export const recorded = {
  handlers: new Map<string, Handler>(),
  windows: [] as FakeBrowserWindow[],
  setPaths: new Map<string, string>(),
  errorBoxes: [] as Array<{ title: string; content: string }>,
  quitCalls: 0,
  opened: [] as string[],
  /** Folders `shell.openPath` was asked to reveal. */
  openedPaths: [] as string[],
  listeners: new Map<string, Listener>(),
  privilegedSchemes: [] as CustomScheme[],
  protocols: new Map<string, ProtocolHandler>(),
  /** Every template `Menu.setApplicationMenu` received, newest last. */
  applicationMenus: [] as MenuItemConstructorOptions[][],
  popups: [] as MenuItemConstructorOptions[][],
  messageBoxes: [] as MessageBoxOptions[],
  /** What the next message box answers (button index). */
  messageBoxResponse: 1,
  openDialogs: [] as OpenDialogOptions[],
  /** What the next open dialog answers: chosen paths, or [] for Cancel. */
  openDialogPaths: [] as string[],
  displays: [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 25, width: 1920, height: 1055 }
    }
  ] as FakeDisplay[],
  singleInstanceLock: true,
  /** What `app.getPreferredSystemLanguages()` answers: German first, which Passerelle does not speak. */
  systemLanguages: ['de-DE', 'fr-CA', 'en-US']
}

let resolveReady!: () => void
const ready = new Promise<void>((resolve) => (resolveReady = resolve))

let isReady = false
void ready.then(() => (isReady = true))

class FakeApp extends EventEmitter {
  isPackaged = false
  whenReady(): Promise<void> {
    return ready
  }
  isReady(): boolean {
    return isReady
  }
  setPath(name: string, value: string): void {
    recorded.setPaths.set(name, value)
  }
  getPath(name: string): string {
    return recorded.setPaths.get(name) ?? ''
  }
  getLocale(): string {
    return 'en-US'
  }
  getPreferredSystemLanguages(): string[] {
    return [...recorded.systemLanguages]
  }
  requestSingleInstanceLock(): boolean {
    return recorded.singleInstanceLock
  }
  quit(): void {
    recorded.quitCalls++
  }
}

export class FakeWebContents extends EventEmitter {
  /** Messages main sent to the page (`webContents.send`). */
  sent: Array<{ channel: string; args: unknown[] }> = []
  replaced: string[] = []
  session = {
    addedWords: [] as string[],
    addWordToSpellCheckerDictionary: (w: string) => this.session.addedWords.push(w)
  }
  destroyed = false
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  replaceMisspelling(word: string): void {
    this.replaced.push(word)
  }
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler
  }
  /** Emit a cancellable Electron-style event; returns true when a listener called preventDefault. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return recorded.windows
  }
  loadedFile: string | null = null
  loadedUrl: string | null = null
  webContents = new FakeWebContents()
  focused = 0
  maximized = false
  fullScreen = false
  normalBounds: Rectangle
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    this.normalBounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600
    }
    recorded.windows.push(this)
  }
  getNormalBounds(): Rectangle {
    return { ...this.normalBounds }
  }
  /** Test helper: the user moved or resized the window. */
  moveTo(bounds: Rectangle): void {
    this.normalBounds = { ...bounds }
    this.emit('move')
  }
  maximize(): void {
    this.maximized = true
    this.emit('maximize')
  }
  isMaximized(): boolean {
    return this.maximized
  }
  setFullScreen(value: boolean): void {
    this.fullScreen = value
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  destroyed = false
  isDestroyed(): boolean {
    return this.destroyed
  }
  close(): void {
    this.destroyed = true
    this.emit('closed')
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {
    this.focused++
  }
  show(): void {}
}

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void

export class FakeSession {
  permissionRequestHandler:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null
  beforeRequest: BeforeRequest | null = null
  spellChecker: boolean | null = null
  webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest = listener
    }
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled
  }
}

export const app = new FakeApp()
export const session = { defaultSession: new FakeSession() }

/** Menus keep their template, so tests read what was built (labels, accelerators, clicks). */
class FakeMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  static buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template)
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    recorded.applicationMenus.push(menu?.template ?? [])
  }
  popup(): void {
    recorded.popups.push(this.template)
  }
}

export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session,
  Menu: FakeMenu,
  ipcMain: {
    handle(channel: string, handler: Handler): void {
      if (recorded.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      recorded.handlers.set(channel, handler)
    },
    on(channel: string, listener: Listener): void {
      if (recorded.listeners.has(channel)) throw new Error(`second listener for ${channel}`)
      recorded.listeners.set(channel, listener)
    }
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
      if (isReady) throw new Error('registerSchemesAsPrivileged must be called before ready')
      recorded.privilegedSchemes.push(...schemes)
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      recorded.protocols.set(scheme, handler)
    }
  },
  screen: {
    getAllDisplays: () => recorded.displays,
    getPrimaryDisplay: () => recorded.displays[0]!
  },
  shell: {
    openExternal(url: string): Promise<void> {
      recorded.opened.push(url)
      return Promise.resolve()
    },
    openPath(path: string): Promise<string> {
      recorded.openedPaths.push(path)
      return Promise.resolve('')
    }
  },
  dialog: {
    showMessageBox(_win: unknown, options: MessageBoxOptions): Promise<{ response: number }> {
      recorded.messageBoxes.push(options)
      return Promise.resolve({ response: recorded.messageBoxResponse })
    },
    showOpenDialog(_win: unknown, options: OpenDialogOptions) {
      recorded.openDialogs.push(options)
      const filePaths = recorded.openDialogPaths
      return Promise.resolve({ canceled: filePaths.length === 0, filePaths })
    },
    showErrorBox(title: string, content: string): void {
      recorded.errorBoxes.push({ title, content })
    },
    showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
      return Promise.resolve({ canceled: true })
    }
  }
}

export function fireReady(): void {
  resolveReady()
}

/** An `ipcRenderer.send` event from a frame at `url`, whose page is `sender`. */
export function sendEvent(
  url: string,
  sender: FakeWebContents,
  options: { subframe?: boolean } = {}
): IpcMainEvent {
  return { senderFrame: { url, parent: options.subframe ? {} : null }, sender } as unknown as IpcMainEvent
}

/** An IPC event as Electron would build it for a frame at `url` (of the page `sender`, when given). */
export function invokeEvent(
  url: string,
  options: { subframe?: boolean; sender?: FakeWebContents } = {}
): IpcMainInvokeEvent {
  return {
    senderFrame: { url, parent: options.subframe ? {} : null },
    sender: options.sender
  } as unknown as IpcMainInvokeEvent
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}
