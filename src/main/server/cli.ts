import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AppError } from '../../shared/errors'
import { openBackend } from '../backend'
import { createTranslator, languageFromLocale } from '../i18n'
import { resolveDataDir } from '../storage/paths'
import { startServer } from './http-server'

/**
 * `npm run serve`: browser mode. Never imports electron. Prints exactly one line on success,
 * `Passerelle is running at <url>`, which scripts and tests read.
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
    values = parseArgs({ options: { port: { type: 'string', default: '0' } }, strict: true }).values
  } catch {
    return exit(t('cli.usage'))
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return exit(t('cli.badPort', { port: values.port }))

  const dataDir = resolveDataDir()
  const backend = await openBackend({ dataDir, mode: 'browser' }).catch((error: unknown) => {
    if (error instanceof AppError)
      return exit(t('cli.cannotOpen', { dir: dataDir, reason: t(`errors.${error.code}`) }))
    throw error
  })
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  const server = await startServer({
    dispatch: backend.dispatch,
    rendererDir,
    token: randomBytes(24).toString('base64url'),
    port,
    pageLanguage: () => backend.notebook.settings.get().language
  }).catch(async (error: unknown) => {
    await backend.close()
    const code = (error as NodeJS.ErrnoException).code
    return exit(code === 'EADDRINUSE' ? t('cli.portInUse', { port }) : String(error))
  })
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
