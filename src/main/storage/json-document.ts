import { rename, stat } from 'node:fs/promises'
import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { readData } from './file-codec'

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

export interface DocumentSpec<T> {
  /** Human name for messages, e.g. "notebook". */
  name: string
  /** The schemaVersion this build writes. */
  version: number
  schema: z.ZodType<T>
  /** `migrations[n]` turns a version-n document into version n+1. Pure functions, one test each. */
  migrations: Record<number, Migration>
}

export type LoadResult<T> =
  | { kind: 'missing' }
  | { kind: 'loaded'; data: T; migratedFrom?: number }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; movedTo: string; reason: 'unparsable' | 'invalid' | 'tampered' }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Bring an older document up to `spec.version`; throws when a step is missing. */
export function migrate(
  doc: Record<string, unknown>,
  spec: Pick<DocumentSpec<unknown>, 'version' | 'migrations'>
) {
  let current = doc
  let version = current.schemaVersion as number
  while (version < spec.version) {
    const step = spec.migrations[version]
    if (!step) throw new Error(`no migration from schemaVersion ${version}`)
    current = step(current)
    version++
    current = { ...current, schemaVersion: version }
  }
  return current
}

/**
 * Read, migrate and validate one JSON document. A read error (permissions, a locked file) is
 * thrown as `storage/read-failed` and is never mistaken for "empty". A file that cannot be parsed
 * or validated is renamed aside with its bytes untouched, so nothing is ever written over it.
 */
export async function loadDocument<T>(
  file: string,
  spec: DocumentSpec<T>,
  now: () => Date
): Promise<LoadResult<T>> {
  let text: string
  try {
    text = (await readData(file)).toString('utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    // A sealed file that fails authentication is damaged like an unparsable one: set aside.
    if (error instanceof AppError && error.code === 'crypto/tampered')
      return { kind: 'corrupt', reason: 'tampered', movedTo: await moveAside(file, now) }
    throw new AppError(
      'storage/read-failed',
      `cannot read ${spec.name} (${(error as NodeJS.ErrnoException).code})`
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { kind: 'corrupt', reason: 'unparsable', movedTo: await moveAside(file, now) }
  }
  const version = isRecord(raw) ? raw.schemaVersion : undefined
  if (!isRecord(raw) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', reason: 'invalid', movedTo: await moveAside(file, now) }
  }
  if (version > spec.version) return { kind: 'newer', version }
  let candidate: Record<string, unknown>
  try {
    candidate = migrate(raw, spec)
  } catch {
    return { kind: 'corrupt', reason: 'invalid', movedTo: await moveAside(file, now) }
  }
  const parsed = spec.schema.safeParse(candidate)
  if (!parsed.success) return { kind: 'corrupt', reason: 'invalid', movedTo: await moveAside(file, now) }
  return version < spec.version
    ? { kind: 'loaded', data: parsed.data, migratedFrom: version }
    : { kind: 'loaded', data: parsed.data }
}

/** `notebook.json` → `notebook.json.corrupt-20261127T081326Z` (a counter is added if that exists). */
export async function moveAside(file: string, now: () => Date): Promise<string> {
  const stamp = now()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  let target = `${file}.corrupt-${stamp}`
  for (let n = 2; await exists(target); n++) target = `${file}.corrupt-${stamp}-${n}`
  try {
    await rename(file, target)
  } catch (error) {
    throw new AppError(
      'storage/write-failed',
      `cannot set aside unreadable ${file} (${(error as NodeJS.ErrnoException).code})`
    )
  }
  return target
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
