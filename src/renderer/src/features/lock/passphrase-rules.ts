import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/protection/rules'

/** The minimum main enforces, checked here to explain it before anything is sent. */
export const PASSPHRASE_MIN = PASSPHRASE_MIN_LENGTH

export type PassphraseProblem = 'tooShort' | 'tooSimple' | 'mismatch' | null

/**
 * What is wrong with a new passphrase, in the order the user should fix it. "Too simple": long
 * enough but made of very few different characters ("aaaaaaaaaa", "1212121212"), which guessing
 * programs try first.
 */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem {
  if ([...passphrase].length < PASSPHRASE_MIN) return 'tooShort'
  if (new Set(passphrase.toLowerCase()).size < 5) return 'tooSimple'
  if (passphrase !== repeated) return 'mismatch'
  return null
}
