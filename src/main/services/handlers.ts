import { stripUndefined } from '../../shared/objects'
import type { AppInfo } from '../../shared/domain/app-info'
import { AppError } from '../../shared/errors'
import type { Handlers } from '../dispatch'
import type { Notebook } from '../storage/notebook'
import type { PlanningCatalog } from '../../shared/planning/catalog-schema'
import { createSession } from './sessions-service'
import { createCaptureService } from './capture-service'
import { createSynthesisService } from './synthesis-service'
import { createEraseService } from './erase-service'
import { createExportService, type SaveAs } from './export-service'
import { createTransferService } from './transfer-service'

export interface ServiceDeps {
  notebook: Notebook
  info: AppInfo
  catalog: PlanningCatalog
  /** Desktop only: the system browser. Browser mode has none (the user is already in a browser). */
  openExternal?: (url: string) => Promise<void>
  now?: () => Date
  /** Where the content packs' fonts and resources live (PDF rendering). */
  resourcesDir: string
  /** Desktop only: ask where to save an export. Browser mode returns the bytes as a download. */
  saveAs?: SaveAs
}

/** Only https: addresses, parsed, never anything the OS might run. The renderer asked the user first. */
export async function openExternalSafely(url: string, open: ServiceDeps['openExternal']): Promise<null> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new AppError('external/not-allowed', 'not a URL')
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password)
    throw new AppError('external/not-allowed', `refused ${parsed.protocol}`)
  if (!open) throw new AppError('external/unavailable', 'no system browser in this mode')
  await open(parsed.href)
  return null
}

/** Channel → service. Adding a channel to the contract makes this object fail to compile until handled. */
export function createHandlers({
  notebook,
  info,
  catalog,
  openExternal,
  now,
  resourcesDir,
  saveAs
}: ServiceDeps): Handlers {
  const capture = createCaptureService(notebook, now)
  const synthesis = createSynthesisService(notebook, now)
  const transfer = createTransferService(notebook, now)
  const erase = createEraseService(notebook)
  const exports = createExportService({
    notebook,
    catalog,
    resourcesDir,
    transfer,
    saveAs,
    ...(now ? { now } : {})
  })
  return {
    'app:info': () => ({ ...info }),
    'notebook:status': () => notebook.status(),
    'settings:get': () => notebook.settings.get(),
    'settings:set': (patch) => notebook.settings.update(patch),
    'content:packs': () => notebook.packs.list(),
    'content:preview': ({ content }) => notebook.packs.preview(content),
    'content:import': ({ content }) => notebook.packs.import(content),
    'library:get': () => notebook.library.get(),
    'annotations:save': ({ target, text }) => notebook.library.saveAnnotation(target, text),
    'own-items:save': (input) => notebook.library.saveOwnItem(input),
    'own-items:delete': async ({ id }) => {
      await notebook.library.deleteOwnItem(id)
      return null
    },
    'app:open-external': ({ url }) => openExternalSafely(url, openExternal),
    'catalog:get': () => catalog,
    'sessions:list': () => notebook.sessions.list(),
    'sessions:get': ({ id }) => notebook.sessions.get(id),
    'sessions:create': (request) =>
      createSession(notebook, catalog, request, notebook.settings.get().language),
    'sessions:update': ({ id, details }) =>
      notebook.sessions.update(id, (draft) => Object.assign(draft, stripUndefined(details))),
    'sessions:set-agenda': ({ id, blocks }) =>
      notebook.sessions.update(id, (draft) => {
        draft.blocks = blocks
      }),
    'sessions:set-personas': ({ id, personas }) =>
      notebook.sessions.update(id, (draft) => {
        draft.personas = personas
      }),
    'sessions:duplicate': ({ id, title }) => notebook.sessions.duplicate(id, title),
    'sessions:delete': async ({ id }) => {
      await notebook.sessions.delete(id)
      return null
    },
    'sessions:restore': ({ id }) => notebook.sessions.restore(id),
    'templates:list': () => notebook.library.templates(),
    'templates:save': async ({ id, title }) => {
      const s = await notebook.sessions.get(id)
      return notebook.library.saveTemplate({
        title,
        startTime: s.startTime,
        online: s.online,
        blocks: s.blocks
      })
    },
    'templates:delete': async ({ id }) => {
      await notebook.library.deleteTemplate(id)
      return null
    },
    'captures:add': (input) => capture.add(input),
    'captures:update': ({ sessionId, noteId, patch }) => capture.update(sessionId, noteId, patch),
    'captures:delete': ({ sessionId, noteId }) => capture.remove(sessionId, noteId),
    'captures:restore': ({ sessionId, note }) => capture.restore(sessionId, note),
    'live:mark': ({ sessionId, blockId, event }) => capture.mark(sessionId, blockId, event),
    'journeys:add': (input) => capture.addStep(input),
    'journeys:update': ({ sessionId, stepId, patch }) => capture.updateStep(sessionId, stepId, patch),
    'journeys:delete': ({ sessionId, stepId }) => capture.removeStep(sessionId, stepId),
    'synthesis:add-cluster': ({ sessionId, name, noteIds }) => synthesis.addCluster(sessionId, name, noteIds),
    'synthesis:update-cluster': ({ sessionId, clusterId, patch }) =>
      synthesis.updateCluster(sessionId, clusterId, patch),
    'synthesis:delete-cluster': ({ sessionId, clusterId }) => synthesis.deleteCluster(sessionId, clusterId),
    'synthesis:place-note': ({ sessionId, noteId, clusterId, index }) =>
      synthesis.placeNote(sessionId, noteId, clusterId, index),
    'synthesis:vote-note': ({ sessionId, noteId, votes }) => synthesis.voteNote(sessionId, noteId, votes),
    'actions:add': ({ sessionId, ...fields }) => synthesis.addAction(sessionId, fields),
    'actions:update': ({ sessionId, actionId, patch }) => synthesis.updateAction(sessionId, actionId, patch),
    'actions:delete': ({ sessionId, actionId }) => synthesis.deleteAction(sessionId, actionId),
    'export:preview': ({ sessionId }) => exports.preview(sessionId),
    'export:file': (input) => exports.exportFile(input),
    'export:progress': ({ jobId }) => exports.progress(jobId),
    'export:cancel': ({ jobId }) => exports.cancel(jobId),
    'sessions:import-preview': ({ content }) => transfer.preview(content),
    'sessions:import': ({ content, asCopy, titleSuffix }) =>
      transfer.import(content, { asCopy, ...(titleSuffix === undefined ? {} : { titleSuffix }) }),
    'sessions:erase': ({ id }) => erase.eraseSession(id),
    'backups:list': ({ sessionId }) => notebook.backups.list(sessionId),
    'backups:restore': async ({ sessionId, stamp }) => ({
      undoStamp: (await notebook.backups.restore(sessionId, stamp)).undoStamp
    }),
    'erase:pseudonym': ({ name, dryRun }) => erase.erasePseudonym(name, { dryRun })
  }
}
