import { access, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { sanitizeFileName } from '../../shared/file-names'
import { writeFileDurable } from '../storage/durable-write'
import { throwIfCancelled } from './render'

/**
 * Write an export into the folder the user chose: a temp file there, fsynced, renamed into place
 * (writeFileDurable), so the folder never shows a half-written PDF, even after a crash or a cancel.
 * An existing file is never replaced: "Brief.pdf" becomes "Brief (2).pdf".
 */
export async function writeExport(
  bytes: Uint8Array | string,
  destinationDir: string,
  fileName: string,
  options: { signal?: AbortSignal } = {}
): Promise<string> {
  throwIfCancelled(options.signal)
  const name = sanitizeFileName(fileName)
  try {
    if (!(await stat(destinationDir)).isDirectory()) throw new Error('not a folder')
  } catch (error) {
    throw destinationError(destinationDir, error)
  }
  const target = await freeName(destinationDir, name)
  throwIfCancelled(options.signal)
  try {
    await writeFileDurable(target, bytes)
  } catch (error) {
    throw destinationError(destinationDir, error)
  }
  return target
}

async function freeName(dir: string, name: string): Promise<string> {
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const ext = dot > 0 ? name.slice(dot) : ''
  for (let n = 1; n < 1000; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`)
    if (!(await exists(candidate))) return candidate
  }
  throw destinationError(dir, new Error('too many files with this name'))
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  )

function destinationError(dir: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
  return new AppError('export/destination', `Cannot write the export to ${dir} (${code}).`)
}
