import { hkdfSync, randomBytes } from 'node:crypto'
import {
  RECOVERY_KEY_GROUP_LENGTH,
  RECOVERY_KEY_GROUPS,
  normalizeRecoveryKey
} from '../../shared/protection/rules'

/** RFC 4648 base32: no 0/1/8 to confuse with O/I/B, printable, readable aloud. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const RECOVERY_BYTES = 20

/**
 * The recovery key is 160 random bits, so no slow KDF is needed to resist guessing: HKDF turns it
 * (with the key file's own salt) into the key that wraps the data key.
 */
export function newRecoveryKey(): { bytes: Buffer; printed: string } {
  const bytes = randomBytes(RECOVERY_BYTES)
  return { bytes, printed: formatRecoveryKey(bytes) }
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = ''
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0')
  let chars = ''
  for (let i = 0; i < bits.length; i += 5) chars += ALPHABET[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)]
  const groups: string[] = []
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++)
    groups.push(chars.slice(g * RECOVERY_KEY_GROUP_LENGTH, (g + 1) * RECOVERY_KEY_GROUP_LENGTH))
  return groups.join('-')
}

/** The key's bytes, or null when what was typed cannot be a recovery key. */
export function parseRecoveryKey(typed: string): Buffer | null {
  const chars = normalizeRecoveryKey(typed)
  if (chars.length !== RECOVERY_KEY_GROUPS * RECOVERY_KEY_GROUP_LENGTH) return null
  let bits = ''
  for (const c of chars) {
    const v = ALPHABET.indexOf(c)
    if (v < 0) return null
    bits += v.toString(2).padStart(5, '0')
  }
  const bytes = Buffer.alloc(RECOVERY_BYTES)
  for (let i = 0; i < RECOVERY_BYTES; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2)
  return bytes
}

export function recoveryWrappingKey(recovery: Uint8Array, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, salt, 'passerelle recovery key v1', 32))
}
