import { version } from '../../package.json'
import type { RunMode } from '../shared/domain/app-info'
import { createDispatcher, type Dispatch } from './dispatch'
import { createHandlers } from './services/handlers'
import { Notebook } from './storage/notebook'
import { notebookDir } from './storage/paths'
import { loadBundledPacks } from './storage/packs-repo'
import { fileURLToPath } from 'node:url'

export const APP_VERSION: string = version

export interface Backend {
  notebook: Notebook
  dispatch: Dispatch
  close(): Promise<void>
}

/** Everything behind the dispatcher, shared by the desktop app and the browser-mode server. */
/** resources/ sits two levels above both src/main/*.ts and out/main/*.js. */
export const RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url))

export interface BackendOptions {
  dataDir: string
  mode: RunMode
  now?: () => Date
  resourcesDir?: string
  openExternal?: (url: string) => Promise<void>
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const bundledPacks = await loadBundledPacks(`${options.resourcesDir ?? RESOURCES_DIR}/content`)
  const notebook = await Notebook.open({
    bundledPacks,
    dir: notebookDir(options.dataDir),
    owner: options.mode === 'desktop' ? 'desktop' : 'server',
    ...(options.now ? { now: options.now } : {})
  })
  const info = { name: 'Passerelle', version: APP_VERSION, mode: options.mode, dataDir: options.dataDir }
  const dispatch = createDispatcher(createHandlers({ notebook, info, ...(options.openExternal ? { openExternal: options.openExternal } : {}) }))
  return { notebook, dispatch, close: () => notebook.close() }
}
