/// <reference types="vite/client" />
import type { DesktopBridge } from '../../shared/desktop/commands'
import type { PasserelleApi } from '../../shared/ipc/api'
import type { Catalog } from '../../shared/i18n/resources'

declare global {
  interface Window {
    /** Present in the desktop app only (exposed by the preload); browser mode talks HTTP instead. */
    passerelle?: PasserelleApi
    /** Desktop only: menu commands and files opened from outside the app (src/api/desktop.ts). */
    passerelleDesktop?: DesktopBridge
  }
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Catalog }
  }
}
