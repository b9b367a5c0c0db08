import { z } from 'zod'
import { IDLE_LOCK_MINUTES_MAX, PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from './rules'

/** Inputs of the protection channels (zod: main and the contract only; the renderer imports types). */
const passphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(PASSPHRASE_MAX_LENGTH)
/** Unlocking checks an old passphrase, which may predate today's minimum: only the cap applies. */
const typedPassphrase = z.string().min(1).max(PASSPHRASE_MAX_LENGTH)
const typedRecoveryKey = z.string().min(1).max(100)

export const protectInput = z.strictObject({ passphrase })
export const unlockInput = z.union([
  z.strictObject({ passphrase: typedPassphrase }),
  z.strictObject({ recoveryKey: typedRecoveryKey })
])
/** Proof of the current secret (passphrase or recovery key), then the new passphrase. */
export const changePassphraseInput = z.union([
  z.strictObject({ passphrase: typedPassphrase, newPassphrase: passphrase }),
  z.strictObject({ recoveryKey: typedRecoveryKey, newPassphrase: passphrase })
])
export const idleLockInput = z.strictObject({
  minutes: z.number().int().min(1).max(IDLE_LOCK_MINUTES_MAX)
})
/** A session file exported for a USB stick: sealed to this passphrase (chosen per export). */
export const exportPassphrase = passphrase.optional()
/** Importing a sealed session file: the passphrase it was exported with. */
export const importPassphrase = typedPassphrase.optional()
