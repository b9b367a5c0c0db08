import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { DesktopCommand } from '../../shared/desktop/commands'
import {
  importKindByName,
  importKindOf,
  mightBeOurs,
  pickOne,
  type ImportKind
} from '../../shared/desktop/file-kinds'
import type { ErrorCode } from '../../shared/errors'
import { IMPORT_FILE_MAX_BYTES } from '../../shared/ipc/request-limits'

/**
 * The files a command line asks us to open: what follows the app itself, minus Chromium's and
 * Electron's switches (a second instance's argv carries some of its own, a test driver adds
 * `--inspect=0`, macOS may add `-psn_…`). After `--`, everything is a file, even a name starting
 * with '-'. Packaged, argv is [executable, …]; unpackaged, [electron, …switches, app folder or
 * main script, …], so the first argument that is not a switch is the app, not a file.
 */
export function filesFromArgv(
  argv: readonly string[],
  options: { packaged: boolean; cwd: string }
): string[] {
  const files: string[] = []
  let appSkipped = options.packaged
  let switchesOver = false
  for (const arg of argv.slice(1)) {
    if (!switchesOver && arg === '--') {
      switchesOver = true
      continue
    }
    if (!switchesOver && arg.startsWith('-')) continue
    if (arg.trim() === '') continue
    if (!appSkipped) {
      appSkipped = true
      continue
    }
    files.push(resolve(options.cwd, arg))
  }
  return files
}

/** One file at a time, as the import preview shows one: the first of ours, else the first. */
export const pickFileToOpen = (paths: readonly string[]): string | null => pickOne(paths, (p) => basename(p))

const refused = (name: string, code: ErrorCode, message: string, expected?: ImportKind): DesktopCommand => ({
  type: 'import-refused',
  kind: importKindByName(name) ?? expected ?? 'session',
  error: { code, message }
})

/**
 * Read a file the user opened from outside the app into the command that shows its import
 * preview. The same limits as a file picked in the app (src/renderer/…/read-json-file.ts): not
 * JSON by name, too large, or not UTF-8 is refused before anything reaches the notebook, and the
 * preview's validation refuses the rest with its usual codes. The path itself goes no further.
 * `expected` is the kind the user asked for (File ▸ Import content pack…) when the name is silent.
 */
export async function readFileToOpen(path: string, expected?: ImportKind): Promise<DesktopCommand> {
  const name = basename(path)
  const refuse = (code: ErrorCode, message: string) => refused(name, code, message, expected)
  if (!mightBeOurs(name))
    return refuse(expected === 'pack' ? 'import/not-a-pack' : 'import/not-a-session', 'not a .json file')
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) return refuse('internal/unexpected', 'not a file')
    if (info.size > IMPORT_FILE_MAX_BYTES) return refuse('import/too-large', `${info.size} bytes`)
    bytes = await readFile(path)
  } catch (error) {
    return refuse('internal/unexpected', `cannot read the file (${(error as NodeJS.ErrnoException).code})`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse('import/not-utf8', 'the file is not UTF-8 text')
  }
  const kind = importKindByName(name) ?? expected ?? importKindOf(name, text)
  return { type: 'import', kind, content: text }
}
