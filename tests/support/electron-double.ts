import { EventEmitter } from 'node:events'
import type {
  CustomScheme,
  IpcMainEvent,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions
} from 'electron'
import { recorded, type Handler, type Listener, type ProtocolHandler } from './electron-recorded'
import { FakeBrowserWindow, FakeSession, type FakeWebContents } from './electron-windows'

export { recorded, type FakeDisplay } from './electron-recorded'
export { FakeBrowserWindow, FakeSession, FakeWebContents } from './electron-windows'

/**
 * A small, typed stand-in for the parts of `electron` the main process uses, so main can be
 * unit-tested (source and built bundle) on machines where no Electron binary can run. It records
 * what main asks for and lets tests drive events; every real decision stays in main's code.
 * Tests import everything from here; what was recorded (electron-recorded.ts) and the windows
 * (electron-windows.ts) have their own files.
 */
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
