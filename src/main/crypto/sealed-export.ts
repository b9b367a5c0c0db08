import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { checkParams, deriveKey, newSalt, SCRYPT_DEFAULT, type ScryptParams } from './kdf'
import { open, seal } from './seal'

/**
 * A session file sealed to a passphrase, for carrying on a USB stick: still a JSON text file (the
 * import reads files as text), holding the scrypt parameters and salt and one sealed record (kind
 * 'X') of the ordinary pretty-printed session file. It needs nothing from the notebook's own keys.
 */
export const SEALED_SESSION_FORMAT = 'passerelle.sealed-session'

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const envelopeSchema = z.strictObject({
  format: z.literal(SEALED_SESSION_FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: b64.max(100)
  }),
  sealed: b64
})

export async function sealSessionExport(
  content: string,
  passphrase: string,
  params: ScryptParams = SCRYPT_DEFAULT
): Promise<string> {
  const salt = newSalt()
  const key = await deriveKey(passphrase, salt, params)
  try {
    const sealed = seal(key, Buffer.from(content, 'utf8'), 'export')
    const envelope = {
      format: SEALED_SESSION_FORMAT,
      version: 1,
      kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
      sealed: sealed.toString('base64')
    }
    return `${JSON.stringify(envelope, null, 2)}\n`
  } finally {
    key.fill(0)
  }
}

/** Cheap look before parsing: only a file that names the format is treated as sealed. */
const looksSealed = (content: string) => content.slice(0, 200).includes(SEALED_SESSION_FORMAT)

/**
 * The session file's text: `content` itself when it is not sealed; opened with `passphrase` when
 * it is (`crypto/passphrase-required` without one, `crypto/wrong-passphrase` when it does not open).
 */
export async function openSessionImport(content: string, passphrase: string | undefined): Promise<string> {
  if (!looksSealed(content)) return content
  let envelope: z.infer<typeof envelopeSchema>
  try {
    envelope = envelopeSchema.parse(JSON.parse(content))
  } catch {
    // Not our envelope after all: the ordinary validation explains what is wrong with it.
    return content
  }
  if (!checkParams(envelope.kdf)) throw new AppError('import/invalid', 'unusable KDF parameters')
  if (passphrase === undefined)
    throw new AppError('crypto/passphrase-required', 'this session file is sealed to a passphrase')
  const key = await deriveKey(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), envelope.kdf)
  try {
    return open(key, Buffer.from(envelope.sealed, 'base64'), 'export', 'session file').toString('utf8')
  } catch {
    throw new AppError('crypto/wrong-passphrase', 'the passphrase does not open this session file')
  } finally {
    key.fill(0)
  }
}
