import type { PasserelleApi } from '../shared/ipc/api'

declare global {
  interface Window {
    /** Present in the desktop app only; browser mode talks HTTP instead. */
    passerelle?: PasserelleApi
  }
}
