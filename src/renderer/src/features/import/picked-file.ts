import type { ApiError } from '../../api/client'

/** A file to import, already read (its text) or already refused (why), wherever it came from. */
export type PickedImport = { content: string } | { error: ApiError }
