import type { Language } from '../i18n/languages'
import { en } from './strings-en'
import { es } from './strings-es'
import { fr } from './strings-fr'
import { ar } from './strings-ar'
import type { PdfStrings } from './strings-types'

/**
 * Every label the PDFs and the Markdown export print, in each language. The brief's language is
 * chosen at export, independently of the UI, so these live apart from the UI catalogs.
 */
export const PDF_STRINGS: Record<Language, PdfStrings> = { en, es, fr, ar }
export type { PdfStrings } from './strings-types'
export * from './format'
