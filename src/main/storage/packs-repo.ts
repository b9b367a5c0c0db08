import { mkdir, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { CONTENT_LANGUAGES } from '../../shared/i18n/languages'
import { toIssues } from '../../shared/zod-issues'
import { previewOf, type InstalledPack, type PackPreview } from '../../shared/content/library'
import { LIMITS } from '../../shared/limits'
import { parseUntrustedJson } from '../../shared/content/safe-json'
import { packFileName } from '../../shared/file-names'
import { contentPackSchema, type ContentPack } from '../../shared/content/schema'
import { PRIVATE_DIR_MODE, writeFileDurable } from './durable-write'

export const PACKS_DIR = 'packs'

/**
 * Validate a pack from an untrusted file. Every failure is an AppError with a code the UI can
 * explain: too large, not JSON, too deep, hostile keys, not a pack at all, a missing language, or
 * schema problems with the paths where they are.
 */
export function validatePackText(text: string): ContentPack {
  const parsed = parseUntrustedJson(text, {
    maxChars: LIMITS.pack.chars,
    maxDepth: LIMITS.pack.depth
  })
  if (!parsed.ok) throw new AppError(parsed.code, parsed.detail)
  const value = parsed.value as Record<string, unknown> | null
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    value.format !== 'passerelle.content-pack'
  ) {
    throw new AppError('import/not-a-pack', 'the file is not a Passerelle content pack')
  }
  const result = contentPackSchema.safeParse(value)
  if (!result.success) {
    const issues = toIssues(result.error)
    const missingLanguage = result.error.issues.some(
      (i) =>
        i.message.startsWith('missing-language') ||
        (i.code === 'invalid_type' &&
          (CONTENT_LANGUAGES as readonly string[]).includes(String(i.path.at(-1))))
    )
    throw new AppError(
      missingLanguage ? 'import/missing-language' : 'import/invalid',
      'the pack does not match format v1',
      issues
    )
  }
  return result.data
}

/** Bundled packs (read-only, from resources/) plus packs the facilitator imported into the notebook. */
export class PacksRepo {
  private constructor(
    private readonly dir: string,
    private readonly bundled: ContentPack[],
    private readonly imported: Map<string, ContentPack>,
    private readonly readOnly: boolean
  ) {}

  static async open(
    notebookDir: string,
    bundled: ContentPack[],
    readOnly: boolean,
    report: (file: string) => void
  ): Promise<PacksRepo> {
    const dir = join(notebookDir, PACKS_DIR)
    // A read-only notebook is left exactly as found, down to its folders.
    if (!readOnly) await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    const imported = new Map<string, ContentPack>()
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (readOnly && error.code === 'ENOENT') return [] as string[]
      throw error
    })
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      try {
        const pack = validatePackText(await readFile(join(dir, name), 'utf8'))
        if (!bundled.some((b) => b.id === pack.id)) imported.set(pack.id, pack)
      } catch {
        // An imported copy we wrote ourselves no longer validates: keep its bytes, tell the user, go on.
        report(`${PACKS_DIR}/${name}`)
      }
    }
    return new PacksRepo(dir, bundled, imported, readOnly)
  }

  list(): InstalledPack[] {
    return [
      ...this.bundled.map((pack) => ({ pack, origin: 'bundled' as const })),
      ...[...this.imported.values()].map((pack) => ({ pack, origin: 'imported' as const }))
    ]
  }

  preview(text: string): PackPreview {
    const pack = validatePackText(text)
    return previewOf(pack, this.isInstalled(pack.id))
  }

  /** All-or-nothing: nothing is written unless the whole file validates and the id is free. */
  async import(text: string): Promise<PackPreview> {
    if (this.readOnly) throw new AppError('storage/read-only', 'notebook is read-only')
    const pack = validatePackText(text)
    if (this.isInstalled(pack.id))
      throw new AppError('import/already-installed', `pack ${pack.id} is already installed`)
    await writeFileDurable(join(this.dir, packFileName(pack.id)), JSON.stringify(pack, null, 2)).catch(
      (error: unknown) => {
        throw new AppError(
          'storage/write-failed',
          `cannot store pack (${(error as NodeJS.ErrnoException).code})`
        )
      }
    )
    this.imported.set(pack.id, pack)
    return previewOf(pack, false)
  }

  private isInstalled(id: string): boolean {
    return this.bundled.some((b) => b.id === id) || this.imported.has(id)
  }
}

/** Read the packs shipped in resources/content. A broken one is reported and skipped, never fatal. */
export async function loadBundledPacks(
  dir: string,
  log: (message: string) => void = console.error
): Promise<ContentPack[]> {
  let names: string[] = []
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch {
    log(`no bundled content packs in ${dir}`)
  }
  const packs: ContentPack[] = []
  for (const name of names) {
    try {
      packs.push(validatePackText(await readFile(join(dir, name), 'utf8')))
    } catch (error) {
      log(`bundled pack ${name} is invalid: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return packs
}
