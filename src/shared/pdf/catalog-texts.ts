import { LANGUAGES, type Language } from '../i18n/languages'
import { LIMITS } from '../limits'
import type { PlanningCatalog } from '../planning/catalog-schema'
import type { AgendaBlock, Persona, Session } from '../planning/session'
import { PDF_STRINGS } from './strings'
import { localizedText } from '../content/localized'
import type { Localized } from '../content/schema'

/**
 * Texts Passerelle wrote (sample personas, template block titles and notes, method materials) are
 * copied into a session in the language of the screen at the time, and the session keeps no link
 * to where they came from. Exported in another language, they would print in the wrong one
 * ("Gender: Homme" on English cards). So at export time, a field that still equals a catalog text
 * in some language is printed in the export language; a field the facilitator typed or changed,
 * even by one character, stays exactly as typed.
 *
 * Pure and total: an unknown, ambiguous or empty field is returned unchanged.
 */
export type { Localized } from '../content/schema'

/** A catalog text, and the longest prefix of it a session may hold (copies are cut to the field's limit). */
interface Candidate {
  text: Localized
  limit?: number
}

const same = (value: string, text: string, limit: number | undefined): boolean => {
  const v = value.trim()
  if (!v) return false
  if (v === text.trim()) return true
  return limit !== undefined && text.length > limit && v === text.slice(0, limit).trim()
}

/**
 * The export-language text of the one catalog text `value` still is, or null when it is none
 * of them, or when two candidates it matches disagree on the translation.
 */
function lookup(value: string, candidates: readonly Candidate[], lang: Language): string | null {
  const found = new Set<string>()
  for (const c of candidates) {
    if (LANGUAGES.some((l) => same(value, localizedText(c.text, l), c.limit)))
      found.add(localizedText(c.text, lang))
  }
  return found.size === 1 ? [...found][0]! : null
}

/** The closest candidates first (the sample of the same name, the template block of the same method). */
export function translated(
  value: string,
  lang: Language,
  preferred: readonly Candidate[],
  others: readonly Candidate[] = []
): string {
  return lookup(value, preferred, lang) ?? lookup(value, others, lang) ?? value
}

const PERSONA_FIELDS = [
  'gender',
  'family',
  'education',
  'timeSinceArrival',
  'administrativeStatus',
  'vulnerabilities',
  'story'
] as const satisfies readonly (keyof Persona & keyof PlanningCatalog['personas'][number])[]

/** Fields long enough that equal text means a copy of that sample, not a coincidence. */
const DISTINCTIVE = ['family', 'education', 'administrativeStatus', 'vulnerabilities', 'story'] as const

/**
 * A session persona with every field still equal to its sample's text put in `lang`. The sample
 * is the one of the same name, or one a long field was copied from; short fields ("Femme",
 * "2 ans") are translated only for such a persona, never for one the facilitator wrote.
 */
export function localizedPersona(persona: Persona, catalog: PlanningCatalog, lang: Language): Persona {
  const name = persona.name.trim().toLocaleLowerCase()
  const namesake = catalog.personas.filter((s) => s.name.trim().toLocaleLowerCase() === name)
  const copiedFrom = catalog.personas.filter((s) =>
    DISTINCTIVE.some((field) =>
      LANGUAGES.some((l) => same(persona[field], localizedText(s[field], l), LIMITS.persona[field]))
    )
  )
  if (namesake.length === 0 && copiedFrom.length === 0) return persona
  const out: Persona = { ...persona }
  for (const field of PERSONA_FIELDS) {
    const limit = LIMITS.persona[field]
    const of = (samples: PlanningCatalog['personas']) => samples.map((s) => ({ text: s[field], limit }))
    out[field] = translated(persona[field], lang, of(namesake), of(copiedFrom))
  }
  return out
}

type TemplateBlock = PlanningCatalog['templates'][number]['blocks'][number]

/** An agenda block whose title, notes or materials still equal a template's or a method's, put in `lang`. */
export function localizedBlock(block: AgendaBlock, catalog: PlanningCatalog, lang: Language): AgendaBlock {
  const all = catalog.templates.flatMap((t) => t.blocks).filter((b) => b.kind === block.kind)
  const sameMethod = all.filter((b) => (b.methodId ?? null) === block.methodId)
  const titles = (blocks: TemplateBlock[]): Candidate[] => blocks.map((b) => ({ text: b.title }))
  const notes = (blocks: TemplateBlock[]): Candidate[] =>
    blocks.flatMap((b) => (b.notes ? [{ text: b.notes }] : []))
  // "Break" is also what the agenda editor and the run sheet call a break.
  const breakLabel: Candidate[] =
    block.kind === 'break'
      ? [
          {
            text: Object.fromEntries(
              LANGUAGES.map((l) => [l, PDF_STRINGS[l].runSheet.breakLabel])
            ) as Localized
          }
        ]
      : []
  const materials = (methods: PlanningCatalog['methods']): Candidate[] =>
    methods.map((m) => ({ text: m.materials, limit: LIMITS.block.materials }))
  const method = catalog.methods.filter((m) => m.id === block.methodId)
  return {
    ...block,
    title: translated(block.title, lang, titles(sameMethod), [...titles(all), ...breakLabel]),
    notes: translated(block.notes, lang, notes(sameMethod), notes(all)),
    materials: translated(block.materials, lang, materials(method), materials(catalog.methods))
  }
}

/** The session as an export in `lang` prints it: catalog texts in that language, the facilitator's own as typed. */
export function localizedSession(session: Session, catalog: PlanningCatalog, lang: Language): Session {
  return {
    ...session,
    blocks: session.blocks.map((b) => localizedBlock(b, catalog, lang)),
    personas: session.personas.map((p) => localizedPersona(p, catalog, lang))
  }
}
