import type { AppInfo } from '../../shared/domain/app-info'
import type { Handlers } from '../dispatch'
import type { Notebook } from '../storage/notebook'

export interface ServiceDeps {
  notebook: Notebook
  info: AppInfo
}

/** Channel → service. Adding a channel to the contract makes this object fail to compile until handled. */
export function createHandlers({ notebook, info }: ServiceDeps): Handlers {
  return {
    'app:info': () => ({ ...info }),
    'notebook:status': () => notebook.status(),
    'settings:get': () => notebook.settings.get(),
    'settings:set': (patch) => notebook.settings.update(patch)
  }
}
