import { z } from 'zod'
import { CONTENT_LANGUAGES, LANGUAGES } from '../i18n/languages'
import { SLUG_ID_PATTERN, SOURCE_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { CONTENT_PACK_FORMAT, ITEM_KINDS, PURPOSES, TIERS } from './constants'

/**
 * Content-pack format v1. A pack is plain JSON so another organisation can author one for another
 * note without code; docs/content-packs.md explains every field. Limits are generous for real
 * packs and tight enough that an imported file cannot exhaust memory once parsed.
 */
export { CONTENT_PACK_FORMAT } from './constants'
export const CONTENT_PACK_FORMAT_VERSION = 1

const L = LIMITS.pack

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'empty-text' })

/**
 * Text in every content language, and optionally in Arabic: the note was published in English,
 * Spanish and French, and Arabic is the Passerelle team's translation, which a pack for another
 * note may not have. Read it with `localizedText`, which falls back to English.
 */
export const localizedShort = z.strictObject({
  en: nonBlank(L.shortText),
  es: nonBlank(L.shortText),
  fr: nonBlank(L.shortText),
  ar: nonBlank(L.shortText).optional()
})
export const localizedLong = z.strictObject({
  en: nonBlank(L.longText),
  es: nonBlank(L.longText),
  fr: nonBlank(L.longText),
  ar: nonBlank(L.longText).optional()
})
export type Localized = z.infer<typeof localizedLong>

export const itemId = z.string().max(LIMITS.id.maxSlug).regex(SLUG_ID_PATTERN, 'id-format')

/** Where a fact comes from. `editorial` marks text the Passerelle team wrote (prompts, suggestions). */
export { ITEM_KINDS, PURPOSES, TIERS }
export const tierSchema = z.enum(TIERS)
export type Tier = z.infer<typeof tierSchema>

export const sourceSchema = z.strictObject({
  id: z.string().regex(SOURCE_ID_PATTERN),
  tier: tierSchema,
  title: nonBlank(L.sourceTitle),
  url: z
    .url({ protocol: /^https?$/ })
    .max(L.sourceUrl)
    .optional()
})
export type Source = z.infer<typeof sourceSchema>

export const provenanceSchema = z.strictObject({
  tier: tierSchema,
  sources: z.array(z.string()).max(L.provenanceSources),
  /** Optional caveat shown with the badge, e.g. "the note's own text for this part was not available". */
  caveat: localizedLong.optional()
})
export type Provenance = z.infer<typeof provenanceSchema>

/**
 * A block of text inside an item. `text` uses a tiny plain-text convention rendered as text nodes
 * only: blank line = new paragraph, a line starting with "- " = bullet.
 */
export const blockSchema = z.strictObject({
  heading: localizedShort.optional(),
  text: localizedLong,
  provenance: provenanceSchema
})
export type Block = z.infer<typeof blockSchema>

export const itemKindSchema = z.enum(ITEM_KINDS)
export type ItemKind = z.infer<typeof itemKindSchema>

export const purposeSchema = z.enum(PURPOSES)
export type Purpose = z.infer<typeof purposeSchema>

export const itemSchema = z.strictObject({
  id: itemId,
  kind: itemKindSchema,
  /** Position inside its kind in the table of contents. */
  order: z.int().min(0).max(L.maxOrder),
  title: localizedShort,
  summary: localizedLong,
  blocks: z.array(blockSchema).max(L.blocksPerItem),
  tags: z.array(z.string().regex(new RegExp(`^[a-z0-9-]{1,${L.tagLength}}$`))).max(L.tags),
  related: z.array(itemId).max(L.related),
  purposes: z.array(purposeSchema).max(L.purposes).optional(),
  provenance: provenanceSchema
})
export type ContentItem = z.infer<typeof itemSchema>

const packBase = z.strictObject({
  format: z.literal(CONTENT_PACK_FORMAT),
  formatVersion: z.literal(CONTENT_PACK_FORMAT_VERSION),
  id: itemId,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: localizedShort,
  description: localizedLong,
  attribution: localizedLong,
  languages: z.array(z.enum(LANGUAGES)).min(1),
  sources: z.array(sourceSchema).max(L.sources),
  items: z.array(itemSchema).min(1).max(L.items)
})

/** Cross-field rules: unique ids, every reference resolves, every content language present. */
export const contentPackSchema = packBase.superRefine((pack, ctx) => {
  for (const lang of CONTENT_LANGUAGES) {
    if (!pack.languages.includes(lang)) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: `missing-language:${lang}` })
    }
  }
  const sourceIds = new Set<string>()
  pack.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate-id:${s.id}` })
    sourceIds.add(s.id)
  })
  const itemIds = new Set<string>()
  pack.items.forEach((item, i) => {
    if (itemIds.has(item.id))
      ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate-id:${item.id}` })
    itemIds.add(item.id)
  })
  const checkProvenance = (p: Provenance, path: (string | number)[]) => {
    if (p.sources.length === 0 && p.tier !== 'editorial') {
      ctx.addIssue({ code: 'custom', path, message: 'provenance-without-source' })
    }
    p.sources.forEach((s, k) => {
      if (!sourceIds.has(s))
        ctx.addIssue({ code: 'custom', path: [...path, 'sources', k], message: `unknown-source:${s}` })
    })
  }
  pack.items.forEach((item, i) => {
    checkProvenance(item.provenance, ['items', i, 'provenance'])
    item.blocks.forEach((b, j) => checkProvenance(b.provenance, ['items', i, 'blocks', j, 'provenance']))
    item.related.forEach((r, k) => {
      if (!itemIds.has(r))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'related', k], message: `dangling-reference:${r}` })
    })
  })
})
export type ContentPack = z.infer<typeof contentPackSchema>
