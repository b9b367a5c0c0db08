import type {
  CustomScheme,
  IpcMainEvent,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  Rectangle
} from 'electron'
import type { FakeBrowserWindow } from './electron-windows'

export type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown
export type Listener = (event: IpcMainEvent, ...args: unknown[]) => void
export type ProtocolHandler = (request: Request) => Response | Promise<Response>

export interface FakeDisplay {
  id: number
  workArea: Rectangle
  bounds: Rectangle
}

/**
 * What main asked of the Electron double, and what the double answers next (dialogs, displays,
 * the single-instance lock, the system's languages). One object, shared by every part of the
 * double, so a test reads and sets it in one place.
 */
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
