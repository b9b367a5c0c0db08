import { z } from 'zod'
import { LIMITS } from '../limits'
import { normalizeTag, type RenameTags } from './tags'

/** A tag given by the user, normalised as notes carry it; refused when notes could not carry it. */
export const tagSchema = z.string().transform((text, ctx) => {
  const tag = normalizeTag(text)
  if (tag === null) {
    ctx.addIssue({ code: 'custom', message: 'not a tag' })
    return z.NEVER
  }
  return tag
})

export const renameTagsInput = z.strictObject({
  from: z.array(tagSchema).min(1).max(LIMITS.insights.facetValues),
  to: tagSchema
}) satisfies z.ZodType<RenameTags, unknown>

export const undoRenameInput = z.strictObject({ undoId: z.string().min(1).max(40) })
