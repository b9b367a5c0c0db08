import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sealingCodec } from '../../src/main/crypto/codec'
import { readKeyFile, unwrapDataKey } from '../../src/main/crypto/key-file'

/**
 * Read a protected notebook's files from outside the app, as a test checks them: the key file,
 * the data key unwrapped with the passphrase, then each file opened (null when it is not protected).
 */
export async function openNotebookFiles(notebookDir: string, passphrase: string) {
  const keyFile = await readKeyFile(notebookDir)
  if (!keyFile) return null
  const codec = sealingCodec(await unwrapDataKey(keyFile, { passphrase }))
  return {
    /** The plain text of a data file (throws crypto/tampered when it does not open). */
    read: async (rel: string) => codec.openFile(await readFile(join(notebookDir, rel)), rel).toString('utf8'),
    forget: () => codec.forget()
  }
}
