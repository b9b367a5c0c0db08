import { version } from '../../package.json'
import type { RunMode } from '../shared/domain/app-info'
import { createDispatcher, type Dispatch } from './dispatch'
import { createHandlers } from './services/handlers'
import { Notebook } from './storage/notebook'
import { notebookDir } from './storage/paths'

export const APP_VERSION: string = version

export interface Backend {
  notebook: Notebook
  dispatch: Dispatch
  close(): Promise<void>
}

/** Everything behind the dispatcher, shared by the desktop app and the browser-mode server. */
export async function openBackend(options: { dataDir: string; mode: RunMode; now?: () => Date }): Promise<Backend> {
  const notebook = await Notebook.open({
    dir: notebookDir(options.dataDir),
    owner: options.mode === 'desktop' ? 'desktop' : 'server',
    ...(options.now ? { now: options.now } : {})
  })
  const info = { name: 'Passerelle', version: APP_VERSION, mode: options.mode, dataDir: options.dataDir }
  const dispatch = createDispatcher(createHandlers({ notebook, info }))
  return { notebook, dispatch, close: () => notebook.close() }
}
