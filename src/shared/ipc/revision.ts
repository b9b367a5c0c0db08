import { z } from 'zod'

/** A mutation's result and the revision of the document it produced, read inside the same change. */
export interface Revised<T> {
  value: T
  revision: number
}

/**
 * The revision the caller's view was based on. Given and stale, the change is refused with
 * `storage/conflict` and nothing is written; omitted, the change applies to whatever is stored.
 */
export const expectedRevision = z.int().min(0).max(Number.MAX_SAFE_INTEGER).optional()

/** A mutating channel's input: its own fields plus `expectedRevision`. */
export const revisioned = <Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<Shape, Config>
) => schema.extend({ expectedRevision })
