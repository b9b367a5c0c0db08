import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { AppError } from '../../shared/errors'

/**
 * One sealed record: AES-256-GCM with a fresh random 96-bit nonce, header authenticated too.
 *
 *   offset  size  field
 *   0       4     magic "PSRL" (50 53 52 4C)
 *   4       1     format version (01)
 *   5       1     kind: 'F' file, 'L' journal line, 'K' wrapped key, 'X' exported session
 *   6       12    nonce
 *   18      n     ciphertext (same length as the plaintext)
 *   18+n    16    GCM tag
 *
 * The 6 header bytes are the additional authenticated data, so a record cannot be passed off as
 * another kind (a journal line as a whole file, say). docs/encryption.md has the whole format.
 */
export const MAGIC = Buffer.from('PSRL', 'ascii')
export const FORMAT_VERSION = 1
export const KINDS = { file: 0x46, line: 0x4c, key: 0x4b, export: 0x58 } as const
export type SealKind = keyof typeof KINDS
export const HEADER_BYTES = 6
export const NONCE_BYTES = 12
export const TAG_BYTES = 16
export const OVERHEAD = HEADER_BYTES + NONCE_BYTES + TAG_BYTES
export const KEY_BYTES = 32

const header = (kind: SealKind) => Buffer.from([...MAGIC, FORMAT_VERSION, KINDS[kind]])

/** Starts with the magic: ours and sealed (plain JSON starts with `{`). */
export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, 4).equals(MAGIC)
}

export function seal(key: Uint8Array, plain: Uint8Array, kind: SealKind): Buffer {
  const head = header(kind)
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(head)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([head, nonce, body, cipher.getAuthTag()])
}

/** The plaintext, or `crypto/tampered` when anything (header, nonce, body, tag, key) is not as sealed. */
export function open(key: Uint8Array, sealed: Uint8Array, kind: SealKind, what = 'file'): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength)
  const head = header(kind)
  if (bytes.length < OVERHEAD || !bytes.subarray(0, HEADER_BYTES).equals(head))
    throw new AppError('crypto/tampered', `${what} is not a sealed ${kind} record of this format`)
  const nonce = bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES)
  const tag = bytes.subarray(bytes.length - TAG_BYTES)
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce)
    decipher.setAAD(head)
    decipher.setAuthTag(tag)
    return Buffer.concat([
      decipher.update(bytes.subarray(HEADER_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final()
    ])
  } catch {
    throw new AppError('crypto/tampered', `${what} failed authentication`)
  }
}
