import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { AppError } from '../../shared/errors'
import { writeFileDurable } from './durable-write'

/**
 * How a notebook's data files are stored: as they are, or sealed (src/main/crypto). Stores and
 * repositories read and write through the functions below and see plain bytes either way; the
 * codec of a protected notebook is registered only while it is unlocked, so while locked nothing
 * in this process can read or write its files.
 */
export interface FileCodec {
  /** A whole file's bytes as written to disk. */
  sealFile(plain: Uint8Array): Buffer
  /** Its plain bytes, or `crypto/tampered`. */
  openFile(stored: Uint8Array, what: string): Buffer
  /** One journal line as written (printable, no newline). */
  sealLine(json: string): string
  /** Its JSON text, or `crypto/tampered`. */
  openLine(stored: string): string
}

/** The first bytes of every sealed file (src/main/crypto/seal.ts). */
export const SEALED_MAGIC = 'PSRL'

const codecs = new Map<string, FileCodec>()

/** Files under `dir` are sealed with `codec` from now on; `null` forgets it (and with it the key). */
export function useCodec(dir: string, codec: FileCodec | null): void {
  if (codec) codecs.set(resolve(dir), codec)
  else codecs.delete(resolve(dir))
}

/** The codec of the notebook holding `path`, or null for a plain notebook (or one that is locked). */
export function codecFor(path: string): FileCodec | null {
  let dir = resolve(path)
  for (;;) {
    const codec = codecs.get(dir)
    if (codec) return codec
    const up = dir.slice(0, dir.lastIndexOf(sep))
    if (!up || up === dir) return null
    dir = up
  }
}

/** A data file's plain bytes. A missing file throws ENOENT as readFile does. */
export async function readData(file: string): Promise<Buffer> {
  const bytes = await readFile(file)
  const codec = codecFor(file)
  if (codec) return codec.openFile(bytes, file)
  // Sealed, and no key: a late reader after locking must never take it for a damaged file.
  if (bytes.subarray(0, 4).toString('latin1') === SEALED_MAGIC)
    throw new AppError('crypto/locked', `${file} is sealed and the notebook is locked`)
  return bytes
}

/** The bytes `writeData` would put on disk for `data` (sealing draws a fresh nonce each time). */
export function encodeData(file: string, data: string | Uint8Array): string | Uint8Array {
  const codec = codecFor(file)
  return codec ? codec.sealFile(typeof data === 'string' ? Buffer.from(data) : data) : data
}

/** writeFileDurable, sealed when the file belongs to a protected notebook. */
export function writeData(file: string, data: string | Uint8Array): Promise<void> {
  return writeFileDurable(file, encodeData(file, data))
}

/** A damaged file's text to scrub as raw text, or null when it is sealed and does not open. */
export async function readDamagedText(file: string): Promise<string | null> {
  try {
    return (await readData(file)).toString('utf8')
  } catch (error) {
    if (error instanceof AppError && error.code === 'crypto/tampered') return null
    throw error
  }
}
