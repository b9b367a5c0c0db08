import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '../..')
export const BUILT_SERVER = join(ROOT, 'out/main/server.js')

export interface ServerProcess {
  url: string
  origin: string
  port: number
  token: string
  /** Everything the server printed on stdout up to its address line. */
  printed: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Start the built browser-mode server the way `npm run serve` does and wait for its one line. */
export function startServerProcess(
  dataDir: string,
  args: string[] = ['--port', '0'],
  env: NodeJS.ProcessEnv = {}
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BUILT_SERVER, ...args], {
    cwd: ROOT,
    env: { ...process.env, PASSERELLE_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const match = /^Passerelle is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/m.exec(out)
      if (!match) return
      const url = match[1]!
      resolve({
        url,
        origin: new URL(url).origin,
        port: Number(match[2]),
        token: match[3]!,
        printed: out,
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err || out}`)))
  })
}

/** Run the built server expecting it to refuse to start; returns its exit code and messages. */
export function runServerExpectingExit(dataDir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BUILT_SERVER, ...args], {
    cwd: ROOT,
    env: { ...process.env, PASSERELLE_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
