import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '../../..')

/** Electron's npm package knows its binary only through path.txt + dist/, written by its downloader. */
function electronBinary(): string | null {
  const pkg = join(ROOT, 'node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

export const binary = electronBinary()
export const SKIP_REASON =
  'No Electron binary installed (node_modules/electron/dist is missing; it needs a download from GitHub): real-Electron specs skipped.'
// One line for every real-Electron spec: this module is evaluated once per process.
if (!binary) console.log(`[electron] ${SKIP_REASON}`)

/**
 * The built app (out/main/index.js) in the stock Electron binary. A packaged build cannot be
 * driven this way: its fuses turn off the inspector Playwright attaches through.
 */
export function launchBuilt(dataDir: string, env: Record<string, string> = {}): Promise<ElectronApplication> {
  return electron.launch({
    args: [join(ROOT, 'out/main/index.js')],
    env: { ...process.env, PASSERELLE_DATA_DIR: dataDir, ...env }
  })
}
