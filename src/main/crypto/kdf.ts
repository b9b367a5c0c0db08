import { randomBytes, scrypt } from 'node:crypto'

/**
 * scrypt, memory-hard: each guess at a passphrase costs N·r·128 bytes of memory and the time to
 * fill and read it, which is what makes guessing on GPUs and ASICs expensive.
 *
 * N = 2^17, r = 8, p = 1 (128 MiB): the OWASP minimum for scrypt, and about 1 s on this project's
 * 2-core build machine; a 5-year-old laptop core is in the same range (0.5–1 s). One unlock a
 * session is fine; a million guesses a core is 12 days. Stored in the key file, so a future
 * version can raise them for new notebooks and still open today's.
 */
export interface ScryptParams {
  N: number
  r: number
  p: number
}
export const SCRYPT_DEFAULT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }
/** Only for tests, which unlock hundreds of times: never written by the app itself. */
export const SCRYPT_FAST_FOR_TESTS: ScryptParams = { N: 2 ** 10, r: 8, p: 1 }
export const SALT_BYTES = 16

/** Refuse absurd parameters read from a file before they exhaust memory (a hostile key file). */
export function checkParams({ N, r, p }: ScryptParams): boolean {
  const pow2 = Number.isInteger(Math.log2(N))
  return pow2 && N >= 2 ** 10 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16
}

export function deriveKey(secret: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 64 * 1024 * 1024
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, 32, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )
}

export const newSalt = (): Buffer => randomBytes(SALT_BYTES)
