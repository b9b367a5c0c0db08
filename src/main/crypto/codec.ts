import { AppError } from '../../shared/errors'
import type { FileCodec } from '../storage/file-codec'
import { isSealed, open, seal } from './seal'

/**
 * The codec of an unlocked notebook: every data file sealed whole, every journal line sealed on
 * its own and written as base64 (no newline inside, so a torn last line is still recognised).
 * A plaintext file where a sealed one is expected is refused as tampered: it was not written here.
 */
export function sealingCodec(dataKey: Buffer): FileCodec & { forget(): void } {
  const key = Buffer.from(dataKey)
  return {
    sealFile: (plain) => seal(key, plain, 'file'),
    openFile(stored, what) {
      if (!isSealed(stored)) throw new AppError('crypto/tampered', `${what} is not sealed`)
      return open(key, stored, 'file', what)
    },
    sealLine: (json) => seal(key, Buffer.from(json, 'utf8'), 'line').toString('base64'),
    openLine: (stored) => open(key, Buffer.from(stored, 'base64'), 'line', 'journal line').toString('utf8'),
    /** Best effort: JavaScript may have copied the key elsewhere, but this copy is zeroed. */
    forget: () => key.fill(0)
  }
}
