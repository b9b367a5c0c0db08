import type { AppErrorData } from '../errors'
import type { ImportKind } from './file-kinds'

/**
 * What the desktop shell asks the renderer to do: a menu item that needs a screen, or a file the
 * user opened from outside the app (its text, never its path). Main → renderer only; the renderer
 * still goes through the ordinary contract channels to act on it (previews, imports).
 */
export type DesktopCommand =
  | { type: 'new-session' }
  | { type: 'about' }
  | { type: 'import'; kind: ImportKind; content: string }
  | { type: 'import-refused'; kind: ImportKind; error: AppErrorData }

/** main → renderer: one DesktopCommand. */
export const DESKTOP_COMMAND_CHANNEL = 'desktop:command'
/** renderer → main: "I am listening", sent when the page subscribes; main then sends what waited. */
export const DESKTOP_READY_CHANNEL = 'desktop:ready'

/** The preload's second (and last) object, `window.passerelleDesktop`: one named function. */
export interface DesktopBridge {
  /** Receive commands; returns the function that stops receiving them. */
  onCommand(listener: (command: DesktopCommand) => void): () => void
}
