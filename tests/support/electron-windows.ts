import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { recorded } from './electron-recorded'

/*
 * The Electron double's windows, the pages in them and the default session: enough state for
 * tests to read what main set up (handlers, bounds, loaded pages) and to fire the events main
 * listens to.
 */

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
