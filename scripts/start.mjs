// npm start: the desktop window where an Electron runtime can start, otherwise browser mode.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, buildIfStale, run } from './lib.mjs'

/** Why Electron cannot start here, or null when it can. Never triggers Electron's downloader. */
function electronUnavailableReason() {
  const pkg = join(ROOT, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile))
    return 'no Electron binary is installed (it is downloaded from GitHub, which this machine cannot reach)'
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return 'the Electron binary is missing from node_modules/electron/dist'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'there is no graphical display'
  return null
}

if ((await buildIfStale()) !== 0) process.exit(1)
const reason = electronUnavailableReason()
if (reason === null) {
  const binary = join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    readFileSync(join(ROOT, 'node_modules', 'electron', 'path.txt'), 'utf8').trim()
  )
  process.exit(await run(binary, [ROOT]))
}
console.log(
  `The desktop window cannot open because ${reason}, so Passerelle starts in browser mode: open the address below.`
)
process.argv.splice(2, 0)
await import('./serve.mjs')
