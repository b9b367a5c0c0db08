import type {
  BrowserWindow as BrowserWindowType,
  BrowserWindowConstructorOptions,
  Display,
  Input,
  Rectangle,
  WebContents
} from 'electron'
import { PROJECTOR_CHANNELS } from '../../shared/projector/view'
import { mainWindowOptions } from '../window'
import { APP_INDEX_URL } from './app-protocol'

/** The projector's address: our own page (so the IPC sender check holds) at the projector route. */
export function projectorUrl(sessionId: string, devUrl?: string): string {
  return `${devUrl ?? APP_INDEX_URL}#/projector/${encodeURIComponent(sessionId)}`
}

/**
 * Where the projector goes: a display other than the one the facilitator's window is on (the
 * projector, as a laptop sees it), or null when there is only one screen.
 */
export function projectorDisplay(
  displays: readonly Display[],
  facilitatorDisplayId: number | null
): Display | null {
  return displays.find((d) => d.id !== facilitatorDisplayId) ?? null
}

/** The display holding the centre of `bounds` (the facilitator's window), if any. */
export function displayContaining(bounds: Rectangle, displays: readonly Display[]): Display | null {
  const x = bounds.x + bounds.width / 2
  const y = bounds.y + bounds.height / 2
  return (
    displays.find(
      (d) =>
        x >= d.bounds.x &&
        x < d.bounds.x + d.bounds.width &&
        y >= d.bounds.y &&
        y < d.bounds.y + d.bounds.height
    ) ?? null
  )
}

/**
 * The main window's hardened web preferences, unchanged; only the frame differs. On a second
 * display it opens there, full screen; alone, it opens beside the facilitator's window, to be
 * dragged to the projector.
 */
export function projectorWindowOptions(
  preload: string,
  display: Display | null,
  choices: { devTools: boolean; title: string; icon?: string }
): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preload, { devTools: choices.devTools, spellcheck: false }, choices.icon)
  const bounds: Partial<Rectangle> = display ? display.bounds : { width: 1280, height: 720 }
  return {
    ...base,
    ...bounds,
    minWidth: 480,
    minHeight: 270,
    title: choices.title,
    backgroundColor: '#000000',
    fullscreenable: true,
    fullscreen: display !== null,
    autoHideMenuBar: true
  }
}

/** F toggles full screen and Escape leaves it: the page may not (every permission is denied). */
export function fullScreenKey(
  input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt'>,
  isFull: boolean
) {
  if (input.type !== 'keyDown' || input.control || input.meta || input.alt) return null
  if (input.key.toLowerCase() === 'f') return !isFull
  if (input.key === 'Escape' && isFull) return false
  return null
}

export interface ProjectorWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType
  displays(): readonly Display[]
  /** The display the facilitator's window is on, if it is open. */
  facilitatorDisplayId(): number | null
  preload: string
  devUrl?: string
  devTools: boolean
  icon?: string
  /** The window title, in the UI language. */
  title(): string
}

/**
 * One projector window at a time. Opening it again points it at the session asked for and brings
 * it forward. Its page may call the projector's channels only (see `allows`): even a bug in it
 * cannot read a session.
 */
export function createProjectorWindows(deps: ProjectorWindowDeps) {
  let win: BrowserWindowType | null = null
  const pages = new WeakSet<WebContents>()

  function open(sessionId: string): void {
    const url = projectorUrl(sessionId, deps.devUrl)
    if (win && !win.isDestroyed()) {
      void win.loadURL(url)
      if (win.isMinimized()) win.restore()
      win.show()
      win.focus()
      return
    }
    const display = projectorDisplay(deps.displays(), deps.facilitatorDisplayId())
    const created = new deps.BrowserWindow(
      projectorWindowOptions(deps.preload, display, {
        devTools: deps.devTools,
        title: deps.title(),
        ...(deps.icon ? { icon: deps.icon } : {})
      })
    )
    win = created
    const contents = created.webContents
    pages.add(contents)
    contents.on('before-input-event', (event, input) => {
      const next = fullScreenKey(input, created.isFullScreen())
      if (next === null) return
      event.preventDefault()
      created.setFullScreen(next)
    })
    created.once('ready-to-show', () => created.show())
    created.on('closed', () => {
      if (win === created) win = null
    })
    void created.loadURL(url)
  }

  /** Whether `sender` may call `channel`: the projector's page only the projector's channels. */
  function allows(sender: WebContents | undefined, channel: string): boolean {
    if (!sender || !pages.has(sender)) return true
    return (PROJECTOR_CHANNELS as readonly string[]).includes(channel)
  }

  /** The facilitator's window closed: the projector goes with it (it would keep the app running). */
  function close(): void {
    if (win && !win.isDestroyed()) win.close()
  }

  return { open, allows, close, window: () => win }
}

export type ProjectorWindows = ReturnType<typeof createProjectorWindows>
