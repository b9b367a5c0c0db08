import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { LANGUAGES, type Language } from '../../shared/i18n/languages'
import { IDLE_LOCK_MINUTES_DEFAULT, IDLE_LOCK_MINUTES_MAX } from '../../shared/protection/rules'
import { writeFileDurable } from '../storage/durable-write'
import { PROTECTION_FILE } from '../storage/notebook'
import { checkParams, deriveKey, newSalt, type ScryptParams } from './kdf'
import { newRecoveryKey, parseRecoveryKey, recoveryWrappingKey } from './recovery-key'
import { KEY_BYTES, open, seal } from './seal'

/**
 * `protection.json`: the one plaintext file of a protected notebook, and its marker. It holds the
 * data key twice, wrapped (sealed, kind 'K') once by the passphrase's scrypt key and once by the
 * recovery key's HKDF key, and the few settings needed before unlocking (the interface language,
 * the idle-lock delay). Changing the passphrase rewrites only this file.
 */
export const KEY_FILE = PROTECTION_FILE
export const KEY_FILE_FORMAT = 'passerelle.protection'
export const KEY_FILE_VERSION = 1

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(400)
export const keyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: b64
  }),
  passphraseKey: b64,
  recovery: z.strictObject({ salt: b64, wrappedKey: b64 }),
  visible: z.strictObject({
    language: z.enum(LANGUAGES).nullable(),
    idleLockMinutes: z.number().int().min(1).max(IDLE_LOCK_MINUTES_MAX)
  })
})
export type KeyFile = z.infer<typeof keyFileSchema>
export type Visible = KeyFile['visible']

const bytes = (s: string) => Buffer.from(s, 'base64')

/** The key file of `dir`, null when the notebook is not protected. A damaged one is an error, never "unprotected". */
export async function readKeyFile(dir: string): Promise<KeyFile | null> {
  let text: string
  try {
    text = await readFile(join(dir, KEY_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new AppError('storage/read-failed', `cannot read ${KEY_FILE}`)
  }
  let parsed: KeyFile
  try {
    parsed = keyFileSchema.parse(JSON.parse(text))
  } catch {
    throw new AppError('crypto/tampered', `${KEY_FILE} is damaged`)
  }
  if (!checkParams(parsed.kdf))
    throw new AppError('crypto/tampered', `${KEY_FILE} has unusable KDF parameters`)
  return parsed
}

export const writeKeyFile = (dir: string, file: KeyFile): Promise<void> =>
  writeFileDurable(join(dir, KEY_FILE), `${JSON.stringify(file, null, 2)}\n`)

/** A new data key with both wraps. The data key and the printed recovery key go to the caller only. */
export async function createKeyFile(
  passphrase: string,
  params: ScryptParams,
  visible: Partial<Visible> = {}
): Promise<{ file: KeyFile; dataKey: Buffer; recoveryKey: string }> {
  const dataKey = randomBytes(KEY_BYTES)
  const salt = newSalt()
  const recovery = newRecoveryKey()
  const recoverySalt = newSalt()
  const passKey = await deriveKey(passphrase, salt, params)
  const file: KeyFile = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    passphraseKey: seal(passKey, dataKey, 'key').toString('base64'),
    recovery: {
      salt: recoverySalt.toString('base64'),
      wrappedKey: seal(recoveryWrappingKey(recovery.bytes, recoverySalt), dataKey, 'key').toString('base64')
    },
    visible: {
      language: visible.language ?? null,
      idleLockMinutes: visible.idleLockMinutes ?? IDLE_LOCK_MINUTES_DEFAULT
    }
  }
  passKey.fill(0)
  return { file, dataKey, recoveryKey: recovery.printed }
}

/** The data key, or `crypto/wrong-passphrase` (a wrong secret and a damaged wrap look the same). */
export async function unwrapDataKey(
  file: KeyFile,
  secret: { passphrase: string } | { recoveryKey: string }
): Promise<Buffer> {
  const wrong = () =>
    new AppError('crypto/wrong-passphrase', 'the passphrase or recovery key does not open this notebook')
  let kek: Buffer
  let wrapped: string
  if ('passphrase' in secret) {
    kek = await deriveKey(secret.passphrase, bytes(file.kdf.salt), file.kdf)
    wrapped = file.passphraseKey
  } else {
    const recovery = parseRecoveryKey(secret.recoveryKey)
    if (!recovery) throw wrong()
    kek = recoveryWrappingKey(recovery, bytes(file.recovery.salt))
    wrapped = file.recovery.wrappedKey
  }
  try {
    const key = open(kek, bytes(wrapped), 'key', KEY_FILE)
    if (key.length !== KEY_BYTES) throw wrong()
    return key
  } catch {
    throw wrong()
  } finally {
    kek.fill(0)
  }
}

/** The same data key under a new passphrase (new salt); the recovery wrap is kept as it is. */
export async function rewrapPassphrase(
  file: KeyFile,
  dataKey: Buffer,
  newPassphrase: string,
  params: ScryptParams
): Promise<KeyFile> {
  const salt = newSalt()
  const passKey = await deriveKey(newPassphrase, salt, params)
  const next: KeyFile = {
    ...file,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    passphraseKey: seal(passKey, dataKey, 'key').toString('base64')
  }
  passKey.fill(0)
  return next
}

export const visibleLanguage = (file: KeyFile | null): Language | null => file?.visible.language ?? null
