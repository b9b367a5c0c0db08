import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { RECORD_ID_PATTERN } from '../ids'

const sessionId = z.string().regex(RECORD_ID_PATTERN)

export const projectorRefInput = z.strictObject({ sessionId })

/** What the facilitator changes on the projector; languages are one or two, never the same twice. */
export const projectorSetInput = z.strictObject({
  sessionId,
  blank: z.boolean().optional(),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1)
    .max(2)
    .refine((list) => new Set(list).size === list.length, 'duplicate-language')
    .optional()
})
export type ProjectorSetInput = z.infer<typeof projectorSetInput>
