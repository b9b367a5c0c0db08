/**
 * What the renderer and main agree on about protecting a notebook: passphrase rules, the printed
 * recovery key's shape, the idle-lock choices. Pure data: the cryptography itself lives in main.
 */

/** Long enough that a guess costs real time at ~0.5 s per try; a sentence is better than a word. */
export const PASSPHRASE_MIN_LENGTH = 10
export const PASSPHRASE_MAX_LENGTH = 1024

/**
 * The recovery key: 160 random bits in RFC 4648 base32 (A–Z, 2–7), printed as 8 groups of 4
 * characters separated by dashes, e.g. `K7QM-3XTA-…`. Spaces, dashes and case are ignored when
 * typed back.
 */
export const RECOVERY_KEY_GROUPS = 8
export const RECOVERY_KEY_GROUP_LENGTH = 4
export const RECOVERY_KEY_PATTERN = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/

/** Normalise what the user typed: upper case, no spaces or dashes; 0/1/8 read as O/I/B. */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B')
}

/** Minutes of inactivity after which an unlocked notebook locks itself again. */
export const IDLE_LOCK_MINUTES_DEFAULT = 15
export const IDLE_LOCK_MINUTES_CHOICES = [1, 5, 10, 15, 30, 60, 120] as const
export const IDLE_LOCK_MINUTES_MAX = 24 * 60

export interface ProtectResult {
  /** Shown once, never stored in the clear: the only way in if the passphrase is forgotten. */
  recoveryKey: string
}
