/// <reference types="vite/client" />
import type { PasserelleApi } from '../../shared/ipc/api'
import type { Catalog } from '../../shared/i18n/resources'

declare global {
  interface Window {
    /** Present in the desktop app only (exposed by the preload); browser mode talks HTTP instead. */
    passerelle?: PasserelleApi
  }
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Catalog }
  }
}
