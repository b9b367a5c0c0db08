import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AppError } from '../../shared/errors'
import { openBackend } from '../backend'
import { createTranslator, languageFromLocale } from '../i18n'
import { resolveDataDir } from '../storage/paths'
import { startServer, type RunningServer, type ServerOptions } from './http-server'
import { loadOrCreateToken } from './server-token'

/**
 * The port browser mode listens on unless told otherwise. Fixed, so the address (and the tabs
 * open at it) stays the same from one start to the next; when another program holds it, any free
 * port is used and the start-up message says the address changed.
 */
const DEFAULT_PORT = 4780

/**
 * `npm run serve`: browser mode. Never imports electron. On success prints
 * `Passerelle is running at <url>` on a line of its own, which scripts and tests read, after one
 * line saying the address changed when the usual port was taken.
 */
async function main(): Promise<void> {
  const t = createTranslator(
    languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG)
  )
  const exit = (message: string): never => {
    console.error(message)
    process.exit(2)
  }
  let values: { port?: string }
  try {
    values = parseArgs({ options: { port: { type: 'string' } }, strict: true }).values
  } catch {
    return exit(t('cli.usage', { port: DEFAULT_PORT }))
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return exit(t('cli.badPort', { port: values.port }))

  const dataDir = resolveDataDir()
  const backend = await openBackend({ dataDir, mode: 'browser' }).catch((error: unknown) => {
    if (error instanceof AppError)
      return exit(t('cli.cannotOpen', { dir: dataDir, reason: t(`errors.${error.code}`) }))
    throw error
  })
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  // Kept in the data folder (owner-only), so the address is the same at every start.
  const token = await loadOrCreateToken(dataDir).catch(async (error: unknown) => {
    await backend.close()
    return exit(t('cli.cannotKeepKey', { dir: dataDir, code: (error as NodeJS.ErrnoException).code ?? '?' }))
  })
  const options: ServerOptions = {
    dispatch: backend.dispatch,
    rendererDir,
    token,
    port,
    pageLanguage: () => backend.language()
  }
  let moved = false
  const server: RunningServer = await startServer(options)
    .catch((error: unknown) => {
      // The usual port is taken: any free one, and the user is told the address changed.
      if (values.port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
      moved = true
      return startServer({ ...options, port: 0 })
    })
    .catch(async (error: unknown) => {
      await backend.close()
      const code = (error as NodeJS.ErrnoException).code
      return exit(code === 'EADDRINUSE' ? t('cli.portInUse', { port }) : String(error))
    })
  if (moved) console.log(t('cli.portMoved', { port: DEFAULT_PORT }))
  console.log(`Passerelle is running at ${server.url}`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void server
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
