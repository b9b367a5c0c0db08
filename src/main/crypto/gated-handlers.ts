import type { AppInfo } from '../../shared/domain/app-info'
import type { Language } from '../../shared/i18n/languages'
import { CHANNELS, type Channel } from '../../shared/ipc/channels'
import type { PlanningCatalog } from '../../shared/planning/catalog-schema'
import type { Handlers } from '../dispatch'
import { openExternalSafely, type GateChannel, type ServiceDeps } from '../services/handlers'
import type { NotebookGate } from './notebook-gate'

const GATE_CHANNELS: readonly GateChannel[] = [
  'notebook:status',
  'notebook:protect',
  'notebook:unlock',
  'notebook:lock',
  'notebook:change-passphrase',
  'notebook:set-idle-lock'
]

interface LockedDeps {
  info: AppInfo
  catalog: PlanningCatalog
  systemLanguage: () => Language | null
  openExternal: ServiceDeps['openExternal']
}

/**
 * Every channel: the gate's own, the few that answer while locked without the notebook, and the
 * rest forwarded to the services of the notebook open right now (`crypto/locked` when none is).
 */
export function gatedHandlers(gate: NotebookGate, locked: LockedDeps): Handlers {
  const forward = Object.fromEntries(
    CHANNELS.filter((c) => !(GATE_CHANNELS as readonly Channel[]).includes(c)).map((channel) => [
      channel,
      (input: unknown) =>
        (gate.handlers[channel as Exclude<Channel, GateChannel>] as (i: unknown) => unknown)(input)
    ])
  ) as Omit<Handlers, GateChannel>
  return {
    ...forward,
    'notebook:status': () => gate.status(),
    'notebook:protect': ({ passphrase }) => gate.protect(passphrase),
    'notebook:unlock': (secret) => gate.unlock(secret),
    'notebook:lock': () => gate.lock(),
    'notebook:change-passphrase': ({ newPassphrase, ...secret }) =>
      gate.changePassphrase(secret, newPassphrase),
    'notebook:set-idle-lock': ({ minutes }) => gate.setIdleLock(minutes),
    'app:info': () => ({ ...locked.info }),
    'catalog:get': () => locked.catalog,
    'app:open-external': ({ url }) => openExternalSafely(url, locked.openExternal),
    'settings:get': () =>
      gate.locked
        ? {
            // Only what the unlock screen needs; the real settings are sealed in notebook.json.
            language: gate.visibleLanguage,
            welcomeDismissed: true,
            revision: 0,
            systemLanguage: locked.systemLanguage()
          }
        : gate.handlers['settings:get'](undefined),
    'settings:set': async (input) => {
      const view = await gate.handlers['settings:set'](input)
      await gate.syncLanguage(view.language)
      return view
    }
  }
}
