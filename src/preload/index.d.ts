import type { DesktopBridge } from '../shared/desktop/commands'
import type { PasserelleApi } from '../shared/ipc/api'

declare global {
  interface Window {
    /** Present in the desktop app only; browser mode talks HTTP instead. */
    passerelle?: PasserelleApi
    /** Desktop only: menu commands and files opened from outside the app. */
    passerelleDesktop?: DesktopBridge
  }
}
