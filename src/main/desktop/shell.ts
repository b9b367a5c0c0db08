import { app, dialog, ipcMain, Menu, shell, type BrowserWindow, type IpcMainEvent } from 'electron'
import { DESKTOP_READY_CHANNEL } from '../../shared/desktop/commands'
import type { ImportKind } from '../../shared/desktop/file-kinds'
import type { Language } from '../../shared/i18n/languages'
import { createTranslator } from '../i18n'
import { contextMenuTemplate } from './context-menu'
import { DATA_FOLDER_BUTTONS, dataFolderMessage } from './data-folder'
import { menuTemplate, type MenuAction, type MenuPlatform } from './menu-template'
import { filesFromArgv, pickFileToOpen, readFileToOpen } from './open-files'
import { DesktopOutbox } from './outbox'

export interface DesktopShellDeps {
  /** The notebook folder "Open data folder" reveals. */
  notebookFolder: string
  /** The UI language now (the user's choice, else the system's). */
  language(): Language
  /** False while the notebook is read-only. */
  writable(): boolean
  /** True while the notebook is locked (or not open yet): a file opened then waits, unread. */
  locked(): boolean
  isOwnPage(url: string): boolean
  /** The main window, created (or brought forward) when a command needs it. */
  showWindow(): BrowserWindow
}

export const menuPlatform = (platform: NodeJS.Platform = process.platform): MenuPlatform =>
  platform === 'darwin' || platform === 'win32' ? platform : 'linux'

/**
 * The desktop shell's wiring: the application menu, the text-field context menu, files opened
 * from outside the app, and the outbox that carries commands to the renderer. Every decision is
 * made by the pure modules beside this one; this file only connects them to Electron.
 */
export function createDesktopShell(deps: DesktopShellDeps) {
  const outbox = new DesktopOutbox()
  // A file opened while locked: its path only, read once unlocked. One is enough (the import
  // preview shows one file at a time), and the latest is the one the user means.
  let held: { path: string; expected?: ImportKind } | null = null
  let wasLocked = true

  const t = () => createTranslator(deps.language())
  const ready = () => app.isReady()

  async function openFile(path: string, expected?: ImportKind): Promise<void> {
    const file = { path, ...(expected ? { expected } : {}) }
    if (deps.locked()) {
      held = file
      if (ready()) deps.showWindow()
      return
    }
    const command = await readFileToOpen(path, expected)
    // Locked while it was read: its text is dropped, its path kept (unless a newer file waits).
    if (deps.locked()) {
      held ??= file
      return
    }
    if (ready()) deps.showWindow()
    outbox.send(command)
  }

  function openFromArgv(argv: readonly string[], cwd: string): void {
    const file = pickFileToOpen(filesFromArgv(argv, { packaged: app.isPackaged, cwd }))
    if (file) void openFile(file)
  }

  async function pickAndOpen(kind: ImportKind): Promise<void> {
    const win = deps.showWindow()
    const tr = t()
    const result = await dialog.showOpenDialog(win, {
      title: tr(kind === 'session' ? 'desktop.open.sessionTitle' : 'desktop.open.packTitle'),
      properties: ['openFile'],
      filters: [
        {
          name: tr(kind === 'session' ? 'desktop.open.sessionFilter' : 'desktop.open.packFilter'),
          extensions: ['json']
        }
      ]
    })
    const [path] = result.filePaths
    if (!result.canceled && path) await openFile(path, kind)
  }

  async function openDataFolder(): Promise<void> {
    const failure = await shell.openPath(deps.notebookFolder)
    if (failure) dialog.showErrorBox(t()('desktop.data.cannotOpen'), deps.notebookFolder)
  }

  async function whereIsMyData(): Promise<void> {
    const win = deps.showWindow()
    const { response } = await dialog.showMessageBox(
      win,
      dataFolderMessage(deps.language(), deps.notebookFolder)
    )
    if (DATA_FOLDER_BUTTONS[response] === 'open') await openDataFolder()
  }

  function run(action: MenuAction): void {
    switch (action) {
      case 'new-session':
      case 'about':
        deps.showWindow()
        outbox.send({ type: action })
        return
      case 'import-session':
        void pickAndOpen('session')
        return
      case 'import-pack':
        void pickAndOpen('pack')
        return
      case 'open-data-folder':
        void openDataFolder()
        return
      case 'where-is-my-data':
        void whereIsMyData()
    }
  }

  /** Built again whenever the language changes; the template is a pure function of these inputs. */
  function refreshMenu(): void {
    const state = { writable: deps.writable(), developerTools: !app.isPackaged }
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(deps.language(), menuPlatform(), state, run)))
  }

  /**
   * After anything that may lock or unlock the notebook. Locking unmounts the page's screens, and
   * with them its listener: commands wait until it says it listens again. Unlocked, the held file
   * is read and goes to the import preview.
   */
  function lockChanged(): void {
    const locked = deps.locked()
    if (locked !== wasLocked) {
      wasLocked = locked
      if (locked) outbox.notListening()
      refreshMenu()
    }
    if (!locked && held) {
      const file = held
      held = null
      void openFile(file.path, file.expected)
    }
  }

  /** The page says it listens: only our own top-level page may (the same rule as every IPC call). */
  function onRendererReady(event: IpcMainEvent): void {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !deps.isOwnPage(frame.url)) return
    outbox.listening(event.sender)
  }

  function attachWindow(win: BrowserWindow): void {
    const contents = win.webContents
    // A reload or a new page is not listening until it says so again.
    contents.on('did-start-loading', () => outbox.notListening())
    win.on('closed', () => outbox.notListening())
    contents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(params, deps.language(), {
        replace: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word)
      })
      if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win })
    })
  }

  /** Before `ready`: macOS sends `open-file` for a double-clicked file as the app starts. */
  function listen(): void {
    app.on('open-file', (event, path) => {
      event.preventDefault()
      void openFile(path)
    })
    ipcMain.on(DESKTOP_READY_CHANNEL, onRendererReady)
  }

  return { outbox, listen, refreshMenu, lockChanged, attachWindow, openFromArgv, run }
}

export type DesktopShell = ReturnType<typeof createDesktopShell>
