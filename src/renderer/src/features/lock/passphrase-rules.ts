/** The same minimum main enforces (src/shared/crypto/protection.ts); checked here to explain it before sending. */
export const PASSPHRASE_MIN = 10

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
