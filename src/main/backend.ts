import type { SaveAs } from './services/export-service'
import type { ServiceDeps } from './services/handlers'
import { version } from '../../package.json'
import type { RunMode } from '../shared/domain/app-info'
import { createDispatcher, type Dispatch } from './dispatch'
import { createHandlers } from './services/handlers'
import { RoomMemory } from './room/room-memory'
import { gatedHandlers } from './crypto/gated-handlers'
import { lockGuard } from './crypto/lock-guard'
import { NotebookGate } from './crypto/notebook-gate'
import type { ConversionStep } from './crypto/conversion'
import type { ScryptParams } from './crypto/kdf'
import { pickLanguage, type Language } from '../shared/i18n/languages'
import { Notebook } from './storage/notebook'
import { notebookDir } from './storage/paths'
import { loadBundledPacks } from './storage/packs-repo'
import { loadCatalog } from './storage/catalog'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const APP_VERSION: string = version

export interface Backend {
  /** The open notebook; throws `crypto/locked` while a protected notebook is locked. */
  readonly notebook: Notebook
  gate: NotebookGate
  /** The chosen interface language, readable while locked too (from the key file). */
  language(): Language | null
  dispatch: Dispatch
  close(): Promise<void>
}

/** Everything behind the dispatcher, shared by the desktop app and the browser-mode server. */
/**
 * The folder holding `content/`: the nearest `resources/` above this module. Walking up keeps it
 * right from src/main (tests), from out/main and its chunks (built), whatever the bundler does.
 */
export function findResourcesDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'content'))) return candidate
    dir = dirname(dir)
  }
  return join(dirname(fileURLToPath(from)), 'resources')
}

export interface BackendOptions {
  dataDir: string
  mode: RunMode
  now?: () => Date
  resourcesDir?: string
  openExternal?: (url: string) => Promise<void>
  saveAs?: SaveAs
  /** Desktop only: the OS's preferred languages, for a notebook whose language was never chosen. */
  systemLanguages?: () => readonly string[]
  /** False leaves the Insights index unbuilt: only for measuring what the index costs (bench). */
  insightsIndex?: boolean
  /** scrypt parameters for new passphrase wraps (tests use cheap ones; real ones otherwise). */
  kdf?: ScryptParams
  /** Crash harness only: called at each step of turning protection on. */
  onConversionStep?: (step: ConversionStep) => void
  /** Tests: the clock and the wait behind the growing delay after wrong passphrases. */
  unlockTiming?: { clock: () => number; sleep: (ms: number) => Promise<void> }
  /** Desktop only: open (or bring forward) the projector window on a session. */
  openProjector?: (sessionId: string) => void
  /** The room's page folder and addresses (tests); by default out/room and the network interfaces. */
  room?: ServiceDeps['room']
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const resourcesDir = options.resourcesDir ?? findResourcesDir()
  const bundledPacks = await loadBundledPacks(join(resourcesDir, 'content'))
  const catalog = await loadCatalog(resourcesDir)
  const dir = notebookDir(options.dataDir)
  const info = { name: 'Passerelle', version: APP_VERSION, mode: options.mode, dataDir: options.dataDir }
  // One per backend, so the room a lock closed can come back after the unlock.
  const roomMemory = new RoomMemory()
  const gate = await NotebookGate.open({
    dir,
    openNotebook: () =>
      Notebook.open({
        bundledPacks,
        dir,
        owner: options.mode === 'desktop' ? 'desktop' : 'server',
        ...(options.now ? { now: options.now } : {})
      }),
    makeHandlers: (notebook, onStop) =>
      createHandlers({
        notebook,
        info,
        catalog,
        onStop,
        ...(options.openExternal ? { openExternal: options.openExternal } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.saveAs ? { saveAs: options.saveAs } : {}),
        ...(options.systemLanguages ? { systemLanguages: options.systemLanguages } : {}),
        ...(options.insightsIndex === false ? { insightsIndex: false } : {}),
        ...(options.openProjector ? { openProjector: options.openProjector } : {}),
        room: { ...options.room, memory: roomMemory },
        resourcesDir
      }),
    ...(options.kdf ? { kdf: options.kdf } : {}),
    ...(options.onConversionStep ? { onConversionStep: options.onConversionStep } : {}),
    ...(options.unlockTiming ?? {})
  })
  const systemLanguage = () => pickLanguage(options.systemLanguages?.() ?? [])
  const dispatch = createDispatcher(
    gatedHandlers(gate, { info, catalog, systemLanguage, openExternal: options.openExternal }),
    console.error,
    lockGuard(() => gate.locked)
  )
  return {
    get notebook() {
      return gate.notebook
    },
    gate,
    language: () => (gate.locked ? gate.visibleLanguage : gate.notebook.settings.get().language),
    dispatch,
    close: () => gate.close()
  }
}
