import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..')
export const BIN = (name) =>
  join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)

const OUTPUTS = [
  'out/main/index.js',
  'out/main/server.js',
  'out/main/brief-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/room/index.html'
]
const INPUTS = [
  'src',
  'resources',
  'electron.vite.config.ts',
  'vite.room.config.ts',
  'package.json',
  'package-lock.json'
]

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** True when a build output is missing or older than any source it is made from. */
export function buildIsStale() {
  const outputs = OUTPUTS.map((p) => join(ROOT, p))
  if (outputs.some((p) => !existsSync(p))) return true
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  return Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p)))) > oldestOutput
}

/** Run a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    // Windows runs npm and node_modules/.bin entries as .cmd files, which Node spawns only through a shell.
    const shell = process.platform === 'win32'
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell, ...options })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', () => resolve(127))
  })
}

/** The phones' page is its own build (vite.room.config.ts), as in `npm run build`. */
export const buildRoomPage = () =>
  run(BIN('vite'), ['build', '--config', 'vite.room.config.ts', '--logLevel', 'warn'])

export async function buildIfStale() {
  if (!buildIsStale()) return 0
  console.log('Building Passerelle (sources changed since the last build)…')
  const code = await run(BIN('electron-vite'), ['build', '--logLevel', 'warn'])
  return code !== 0 ? code : buildRoomPage()
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (Playwright cannot download browsers offline). */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p)
  )
}
