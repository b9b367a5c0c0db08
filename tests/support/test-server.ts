import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'
import { openBackend, type Backend } from '../../src/main/backend'
import { startServer, type RunningServer, type ServerOptions } from '../../src/main/server/http-server'
import { useTempDirs } from './temp-dir'

export const TEST_TOKEN = 'test-token-0123456789abcdef'

interface Setup {
  /** The stand-in renderer bundle's page. */
  indexHtml?: string
  /** More files by path under the data folder (the bundle is `bundle/`), to serve or to hide. */
  files?: Record<string, string>
  /** Server options beyond the usual ones, given the backend (e.g. its saved language). */
  options?: (backend: Backend) => Partial<ServerOptions>
}

/**
 * The browser-mode server on loopback over a real backend, in a fresh data folder with a
 * stand-in renderer bundle; every server started in a test is closed after it, before its folder
 * is removed. Call in a test file or describe block; `start` per test.
 */
export function useTestServer() {
  const tempDir = useTempDirs()
  let running: { server: RunningServer; backend: Backend } | null = null
  // Registered after useTempDirs' hook, so it runs first (hooks run in reverse).
  afterEach(async () => {
    await running?.server.close()
    await running?.backend.close()
    running = null
  })
  return async function start({
    indexHtml = '<!doctype html><title>ok</title>',
    files = {},
    options
  }: Setup = {}) {
    const dataDir = await tempDir()
    const rendererDir = join(dataDir, 'bundle')
    await mkdir(rendererDir, { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), indexHtml)
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(dataDir, path)), { recursive: true })
      await writeFile(join(dataDir, path), content)
    }
    const backend = await openBackend({ dataDir, mode: 'browser' })
    const server = await startServer({
      dispatch: backend.dispatch,
      rendererDir,
      token: TEST_TOKEN,
      port: 0,
      ...options?.(backend)
    })
    running = { server, backend }
    return { server, backend, dataDir, host: `127.0.0.1:${server.port}` }
  }
}
