import type { Catalog } from './catalog'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'

/** The page's languages, in picker order; each catalog carries its own direction. */
export const CATALOGS: Record<string, Catalog> = { en, es, fr, ar }

/** The first of the phone's languages we have, else English. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? ''
    if (CATALOGS[base]) return base
  }
  return 'en'
}

export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
