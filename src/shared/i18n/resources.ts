import en from './locales/en/translation.json'
import es from './locales/es/translation.json'
import fr from './locales/fr/translation.json'
import ar from './locales/ar/translation.json'
import type { Language } from './languages'

export type Catalog = typeof en

/** One set of catalogs for the renderer (react-i18next) and main (dialogs, PDF labels). */
export const resources: Record<Language, { translation: Catalog }> = {
  en: { translation: en },
  es: { translation: es as Catalog },
  fr: { translation: fr as Catalog },
  ar: { translation: ar as Catalog }
}
