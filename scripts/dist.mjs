// npm run dist: the installers for this OS (electron-builder.yml), where Electron can be downloaded.
import { lookup } from 'node:dns/promises'
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { BIN, buildIfStale, run } from './lib.mjs'

/** Where @electron/get keeps downloaded Electron zips, per OS (overridable as electron_config_cache). */
function electronCacheDir() {
  if (process.env.electron_config_cache) return process.env.electron_config_cache
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron')
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache')
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron')
}

const hasCachedElectron = () => {
  const dir = electronCacheDir()
  return existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => /electron-v.*\.zip$/.test(f))
}

/** electron-builder fetches Electron and its target tools (AppImage, NSIS, dmg) from GitHub releases. */
async function canReachGitHub() {
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 5000))
  const found = lookup('github.com').then(
    () => true,
    () => false
  )
  return Promise.race([found, timeout])
}

if (!hasCachedElectron() && !(await canReachGitHub())) {
  console.error(
    'Installers cannot be built here because electron-builder downloads Electron and its packaging tools from GitHub, which this machine cannot reach; the release workflow (.github/workflows/release.yml) builds them on a machine with network.'
  )
  process.exit(1)
}
if ((await buildIfStale()) !== 0) process.exit(1)
// The current OS's targets; extra arguments (e.g. --dir) are passed through.
process.exit(await run(BIN('electron-builder'), ['--publish', 'never', ...process.argv.slice(2)]))
