import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { PAGE_SIZES } from './export'
import { RECOVERY_KEY_PATTERN } from '../protection/rules'

/** The recovery key as `notebook:protect` answered it: 8 groups of 4 base32 characters. */
const recoveryKey = z.string().regex(RECOVERY_KEY_PATTERN)

/** `notebook:recovery-pdf`: the key shown once, to be printed in the chosen language. */
export const recoverySheetInput = z.strictObject({
  recoveryKey,
  language: z.enum(LANGUAGES),
  pageSize: z.enum(PAGE_SIZES)
})
export type RecoverySheetInput = z.infer<typeof recoverySheetInput>
