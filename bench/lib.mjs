import { spawn } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..')

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** One line per figure, the format `npm run bench` promises: BENCH <name> <value> <unit>. */
export function report(name, value, unit) {
  console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`)
}

export { findChromium as chromiumPath } from '../scripts/lib.mjs'

/** Start the built browser-mode server on a temp data folder; resolves with its URL and process id. */
export function startServer(dataDir, env = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/server.js'), '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, PASSERELLE_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /Passerelle is running at (\S+)/.exec(out)
      if (m)
        resolve({
          url: m[1],
          pid: child.pid,
          // Resolves once the server has exited: it flushes and backs up on the way out.
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done()
              child.once('exit', done)
              child.kill('SIGTERM')
            })
        })
    })
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
}
