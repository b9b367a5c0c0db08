import { readFileSync } from 'node:fs'
import type { catalogSchema } from '../../src/shared/planning/catalog-schema'

/*
 * The planning catalog (resources/planning/catalog.json) as raw JSON, in loose shapes that tests
 * may break on purpose, and a fresh copy to break. Shared by planning-catalog.test.ts (what the
 * catalog holds) and planning-catalog-schema.test.ts (what its schema accepts).
 */
const CATALOG_FILE = new URL('../../resources/planning/catalog.json', import.meta.url)
export const LANGS = ['en', 'es', 'fr'] as const

export type Lang = (typeof LANGS)[number]
export type Localized = Record<Lang, string>
// Loose shapes for the raw JSON (mutation tests need to break it on purpose).
export interface RawRange {
  min: number
  max: number
}
export interface RawMethod {
  id: string
  title: Localized
  safeguarding: Localized
  durationMinutes: RawRange
  related: string[]
  [key: string]: unknown
}
export interface RawPersona {
  id: string
  name: string
  fictional: boolean
  administrativeStatus: Localized
}
export interface RawBlock {
  title: Localized
  kind: string
  methodId?: string
  links: string[]
  day?: number
}
export interface RawTemplate {
  id: string
  online: boolean
  days: number
  blocks: RawBlock[]
}
export interface RawCatalog {
  methods: RawMethod[]
  personas: RawPersona[]
  templates: RawTemplate[]
}

export const realCatalog = JSON.parse(readFileSync(CATALOG_FILE, 'utf8')) as RawCatalog
export const copy = (): RawCatalog => structuredClone(realCatalog)

export const TEMPLATE_IDS = {
  storytellingOnline: 'storytelling-accessibility-online',
  storytellingInRoom: 'storytelling-accessibility-in-room',
  halfDay: 'half-day-peer-learning',
  threeDay: 'three-day-peer-learning'
} as const

export const methodAt = (catalog: RawCatalog, n: number): RawMethod => {
  const method = catalog.methods[n]
  if (!method) throw new Error(`catalog has no method #${n}`)
  return method
}
export const templateById = (catalog: RawCatalog, id: string): RawTemplate => {
  const template = catalog.templates.find((t) => t.id === id)
  if (!template) throw new Error(`template ${id} not found`)
  return template
}
export const firstBlock = (template: RawTemplate): RawBlock => {
  const block = template.blocks[0]
  if (!block) throw new Error(`template ${template.id} has no block`)
  return block
}

/** The first schema issues, to show when a catalog that should parse does not. */
export const describeIssues = (result: ReturnType<typeof catalogSchema.safeParse>): string =>
  result.success ? '' : JSON.stringify(result.error.issues.slice(0, 20), null, 2)
