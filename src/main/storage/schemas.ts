import { z } from 'zod'
import { annotationSchema, ownItemSchema } from '../../shared/content/library'
import { settingsSchema } from '../../shared/domain/settings'

/**
 * On-disk shapes. Each file carries `schemaVersion`; bump it with a migration in the matching
 * `migrations` map and a fixture under tests/fixtures/notebook/ whenever a shape changes.
 */
export const NOTEBOOK_VERSION = 1
export const SESSION_FILE_VERSION = 1

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/)

export const sessionIndexEntrySchema = z.strictObject({
  id: sessionIdSchema,
  title: z.string().max(200),
  updatedAt: z.iso.datetime()
})
export type SessionIndexEntry = z.infer<typeof sessionIndexEntrySchema>

export const notebookFileSchema = z.strictObject({
  schemaVersion: z.literal(NOTEBOOK_VERSION),
  settings: settingsSchema,
  sessions: z.array(sessionIndexEntrySchema)
})
export type NotebookFile = z.infer<typeof notebookFileSchema>

export const sessionFileSchema = z.strictObject({
  schemaVersion: z.literal(SESSION_FILE_VERSION),
  id: sessionIdSchema,
  title: z.string().max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type SessionFile = z.infer<typeof sessionFileSchema>

export const LIBRARY_FILE_VERSION = 1

export const libraryFileSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_FILE_VERSION),
  annotations: z.array(annotationSchema).max(20_000),
  ownItems: z.array(ownItemSchema).max(5_000)
})
export type LibraryFile = z.infer<typeof libraryFileSchema>
