import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_DIR_NAME = 'Passerelle'

/**
 * The per-user folder Electron would pick as `userData` for an app named Passerelle, computed
 * without Electron so the browser-mode server finds the same notebook as the desktop app.
 * `PASSERELLE_DATA_DIR` overrides it in both (tests, portable use on a USB stick).
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir()
): string {
  const override = env.PASSERELLE_DATA_DIR?.trim()
  if (override) return resolve(override)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME)
}

export function notebookDir(dataDir: string): string {
  return join(dataDir, 'notebook')
}
