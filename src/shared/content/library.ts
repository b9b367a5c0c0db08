import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { ITEM_KINDS, PURPOSES, itemId, type ContentPack, type ItemKind, type Localized } from './schema'

/** `<packId>:<itemId>` for a pack item, `yours:<ownItemId>` for the facilitator's own item. */
export const itemRefSchema = z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|yours):[A-Za-z0-9_-]{1,80}$/)
export { ownItemRef, packItemRef, type ItemRef } from './constants'

export const LIBRARY_LIMITS = {
  annotation: 10_000,
  ownTitle: 200,
  ownBody: 20_000,
  packChars: 10_000_000,
  packDepth: 64
} as const

const trimmed = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())

export const annotationSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  target: itemRefSchema,
  text: z.string().min(1).max(LIBRARY_LIMITS.annotation),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Annotation = z.infer<typeof annotationSchema>

export const ownItemSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/),
  title: z.string().min(1).max(LIBRARY_LIMITS.ownTitle),
  body: z.string().max(LIBRARY_LIMITS.ownBody),
  language: z.enum(LANGUAGES),
  purpose: z.enum(PURPOSES).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type OwnItem = z.infer<typeof ownItemSchema>

export const saveAnnotationInput = z.strictObject({
  target: itemRefSchema,
  text: trimmed(LIBRARY_LIMITS.annotation)
})

export const saveOwnItemInput = z.strictObject({
  id: ownItemSchema.shape.id.optional(),
  title: trimmed(LIBRARY_LIMITS.ownTitle).pipe(z.string().min(1)),
  body: trimmed(LIBRARY_LIMITS.ownBody),
  language: z.enum(LANGUAGES),
  purpose: z.enum(PURPOSES).nullable()
})
export type SaveOwnItemInput = z.input<typeof saveOwnItemInput>

export const idInput = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/) })

/** The file content the renderer read with the File API (it never sees or sends a path). */
export const packFileInput = z.strictObject({ content: z.string().max(LIBRARY_LIMITS.packChars * 4) })

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
