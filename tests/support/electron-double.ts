import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron'

/**
 * A small, typed stand-in for the parts of `electron` the main process uses, so main can be
 * unit-tested (source and built bundle) on machines where no Electron binary can run. It records
 * what main asks for and lets tests drive events; every real decision stays in main's code.
 */
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

export const recorded = {
  handlers: new Map<string, Handler>(),
  windows: [] as FakeBrowserWindow[],
  setPaths: new Map<string, string>(),
  errorBoxes: [] as Array<{ title: string; content: string }>,
  quitCalls: 0,
  opened: [] as string[],
  singleInstanceLock: true,
  /** What `app.getPreferredSystemLanguages()` answers: German first, which Passerelle does not speak. */
  systemLanguages: ['de-DE', 'fr-CA', 'en-US']
}

let resolveReady!: () => void
const ready = new Promise<void>((resolve) => (resolveReady = resolve))

class FakeApp extends EventEmitter {
  isPackaged = false
  whenReady(): Promise<void> {
    return ready
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
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    recorded.windows.push(this)
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  isDestroyed(): boolean {
    return false
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

export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session,
  ipcMain: {
    handle(channel: string, handler: Handler): void {
      if (recorded.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      recorded.handlers.set(channel, handler)
    }
  },
  shell: {
    openExternal(url: string): Promise<void> {
      recorded.opened.push(url)
      return Promise.resolve()
    }
  },
  dialog: {
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

/** An IPC event as Electron would build it for a frame at `url`. */
export function invokeEvent(url: string, options: { subframe?: boolean } = {}): IpcMainInvokeEvent {
  return { senderFrame: { url, parent: options.subframe ? {} : null } } as unknown as IpcMainInvokeEvent
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}
