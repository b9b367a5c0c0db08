import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { PAGE_SIZES } from './export'

/** The printed recovery key: 8 groups of 4 base32 characters (src/shared/crypto/protection.ts). */
const recoveryKey = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)

/** `notebook:recovery-pdf`: the key shown once, to be printed in the chosen language. */
export const recoverySheetInput = z.strictObject({
  recoveryKey,
  language: z.enum(LANGUAGES),
  pageSize: z.enum(PAGE_SIZES)
})
export type RecoverySheetInput = z.infer<typeof recoverySheetInput>
