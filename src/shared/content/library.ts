import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { ITEM_REF_PATTERN, RECORD_ID_PATTERN } from '../ids'
import { LIMITS } from '../limits'
import { ITEM_KINDS, PURPOSES, itemId, type ContentPack, type ItemKind, type Localized } from './schema'

/** `<packId>:<itemId>` for a pack item, `yours:<ownItemId>` for the facilitator's own item. */
export const itemRefSchema = z.string().regex(ITEM_REF_PATTERN)
export { ownItemRef, packItemRef, type ItemRef } from './constants'

const L = LIMITS.library
const recordId = z.string().regex(RECORD_ID_PATTERN)

const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())

export const annotationSchema = z.strictObject({
  id: recordId,
  target: itemRefSchema,
  text: z.string().min(1).max(L.annotation),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Annotation = z.infer<typeof annotationSchema>

export const ownItemSchema = z.strictObject({
  id: recordId,
  title: z.string().min(1).max(L.ownItemTitle),
  body: z.string().max(L.ownItemBody),
  language: z.enum(LANGUAGES),
  purpose: z.enum(PURPOSES).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type OwnItem = z.infer<typeof ownItemSchema>

export const saveAnnotationInput = z.strictObject({
  target: itemRefSchema,
  text: trimmed(L.annotation)
})

export const saveOwnItemInput = z.strictObject({
  id: ownItemSchema.shape.id.optional(),
  title: trimmed(L.ownItemTitle).pipe(z.string().min(1)),
  body: trimmed(L.ownItemBody),
  language: z.enum(LANGUAGES),
  purpose: z.enum(PURPOSES).nullable()
})
export type SaveOwnItemInput = z.input<typeof saveOwnItemInput>

export const idInput = z.strictObject({ id: recordId })

/** The file content the renderer read with the File API (it never sees or sends a path). */
export const packFileInput = z.strictObject({ content: z.string().max(LIMITS.pack.chars * 4) })

export interface LibraryData {
  annotations: Annotation[]
  ownItems: OwnItem[]
}

export interface InstalledPack {
  pack: ContentPack
  origin: 'bundled' | 'imported'
}

export interface PackPreview {
  id: string
  version: string
  title: Localized
  languages: string[]
  counts: Partial<Record<ItemKind, number>>
  sources: number
  alreadyInstalled: boolean
}

export function previewOf(pack: ContentPack, alreadyInstalled: boolean): PackPreview {
  const counts: Partial<Record<ItemKind, number>> = {}
  for (const item of pack.items) counts[item.kind] = (counts[item.kind] ?? 0) + 1
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    languages: [...pack.languages],
    counts,
    sources: pack.sources.length,
    alreadyInstalled
  }
}

export { ITEM_KINDS, itemId }
