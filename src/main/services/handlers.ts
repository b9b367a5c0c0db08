import { stripUndefined } from '../../shared/objects'
import type { AppInfo } from '../../shared/domain/app-info'
import { AppError } from '../../shared/errors'
import { DEFAULT_LANGUAGE, pickLanguage } from '../../shared/i18n/languages'
import type { Handlers } from '../dispatch'
import type { Notebook } from '../storage/notebook'
import type { PlanningCatalog } from '../../shared/planning/catalog-schema'
import { createSession } from './sessions-service'
import { createCaptureService } from './capture-service'
import { createSynthesisService } from './synthesis-service'
import { createEraseService } from './erase-service'
import { createExportService, type SaveAs } from './export-service'
import { createRecoverySheet } from './recovery-sheet-service'
import { createTransferService } from './transfer-service'
import { createInsightsService } from './insights/insights-service'
import { createTagService } from './insights/tag-service'
import { createBoardsService } from './insights/boards-service'
import { openSessionImport } from '../crypto/sealed-export'
import { createProjectorService, roomScreenFrom } from './projector-service'
import { createRoomService } from '../room/room-service'
import { roomHandlers } from '../room/room-handlers'
import { createScrubber } from './pseudonym'
import { roomInterfaces } from '../room/interfaces'
import { findRoomPageDir } from '../room/room-page'
import type { RoomMemory } from '../room/room-memory'
import type { RoomInterface } from '../../shared/room/facilitator'

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
  /**
   * Desktop only: the OS's preferred languages, most preferred first. Used while the user has not
   * chosen one; browser mode reads the browser's own list in the page instead.
   */
  systemLanguages?: () => readonly string[]
  /** False leaves the Insights index unbuilt: only for measuring what the index costs (bench). */
  insightsIndex?: boolean
  /**
   * Told what to stop when the notebook locks or the backend closes: the Insights index, the
   * room's listener (no contribution may arrive while the notebook closes).
   */
  onStop?: (stop: () => void | Promise<void>) => void
  /** Desktop only: the projector's own window. Browser mode opens a tab from the page instead. */
  openProjector?: (sessionId: string) => void
  /** Where the participant page is built and which addresses the room may use (tests set both). */
  room?: { pageDir?: string; interfaces?: () => RoomInterface[]; memory?: RoomMemory }
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

/** Channels answered by the notebook gate (src/main/crypto), locked or not; everything else needs an open notebook. */
export type GateChannel =
  | 'notebook:status'
  | 'notebook:protect'
  | 'notebook:unlock'
  | 'notebook:lock'
  | 'notebook:change-passphrase'
  | 'notebook:set-idle-lock'
export type NotebookHandlers = Omit<Handlers, GateChannel>

/** Channel → service. Adding a channel to the contract makes this object fail to compile until handled. */
export function createHandlers({
  notebook,
  info,
  catalog,
  openExternal,
  now,
  resourcesDir,
  saveAs,
  systemLanguages = () => [],
  insightsIndex = true,
  onStop,
  openProjector,
  room: roomOptions = {}
}: ServiceDeps): NotebookHandlers {
  const systemLanguage = () => pickLanguage(systemLanguages())
  /** The language the interface shows: the user's choice, else the system's, else English. */
  const uiLanguage = () => notebook.settings.get().language ?? systemLanguage() ?? DEFAULT_LANGUAGE
  const capture = createCaptureService(notebook, now)
  const synthesis = createSynthesisService(notebook, now)
  const transfer = createTransferService(notebook, now)
  const erase = createEraseService(notebook)
  const insights = createInsightsService(notebook)
  onStop?.(() => insights.stop())
  // Built in the background: the app answers meanwhile, and Insights says it is still indexing.
  if (insightsIndex) void insights.start()
  const tags = createTagService(notebook, insights.index)
  const boards = createBoardsService(notebook, insights.index)
  const exports = createExportService({
    notebook,
    catalog,
    resourcesDir,
    transfer,
    saveAs,
    ...(now ? { now } : {})
  })
  const room = createRoomService({
    notebook,
    capture,
    interfaces: roomOptions.interfaces ?? (() => roomInterfaces()),
    pageDir: roomOptions.pageDir ?? findRoomPageDir(),
    ...(roomOptions.memory ? { memory: roomOptions.memory } : {}),
    ...(now ? { now } : {})
  })
  onStop?.(() => room.shutdown())
  const projector = createProjectorService({
    notebook,
    uiLanguage,
    room: roomScreenFrom(room),
    ...(openProjector ? { openWindow: openProjector } : {})
  })
  return {
    ...roomHandlers(room),
    'app:info': () => ({ ...info }),
    'settings:get': () => ({ ...notebook.settings.get(), systemLanguage: systemLanguage() }),
    'settings:set': async ({ expectedRevision, ...patch }) => ({
      ...(await notebook.settings.update(patch, expectedRevision)),
      systemLanguage: systemLanguage()
    }),
    'content:packs': () => notebook.packs.list(),
    'content:preview': ({ content }) => notebook.packs.preview(content),
    'content:import': ({ content }) => notebook.packs.import(content),
    'library:get': () => notebook.library.get(),
    'annotations:save': ({ target, text, expectedRevision }) =>
      notebook.library.saveAnnotation(target, text, expectedRevision),
    'own-items:save': ({ expectedRevision, ...input }) =>
      notebook.library.saveOwnItem(input, expectedRevision),
    'own-items:delete': ({ id, expectedRevision }) => notebook.library.deleteOwnItem(id, expectedRevision),
    'app:open-external': ({ url }) => openExternalSafely(url, openExternal),
    'catalog:get': () => catalog,
    'sessions:list': () => notebook.sessions.list(),
    'sessions:get': ({ id }) => notebook.sessions.get(id),
    'sessions:create': (request) => createSession(notebook, catalog, request, uiLanguage()),
    'sessions:update': ({ id, details, expectedRevision }) =>
      notebook.sessions.update(
        id,
        (draft) => Object.assign(draft, stripUndefined(details)),
        expectedRevision
      ),
    'sessions:set-agenda': ({ id, blocks, expectedRevision }) =>
      notebook.sessions.update(
        id,
        (draft) => {
          draft.blocks = blocks
        },
        expectedRevision
      ),
    'sessions:set-personas': ({ id, personas, expectedRevision }) =>
      notebook.sessions.update(
        id,
        (draft) => {
          draft.personas = personas
        },
        expectedRevision
      ),
    'sessions:duplicate': ({ id, title }) => notebook.sessions.duplicate(id, title),
    'sessions:delete': async ({ id }) => {
      await notebook.sessions.delete(id)
      return null
    },
    'sessions:restore': ({ id }) => notebook.sessions.restore(id),
    'templates:list': () => notebook.library.templates(),
    'templates:save': async ({ id, title, expectedRevision }) => {
      const s = await notebook.sessions.peek(id)
      return notebook.library.saveTemplate(
        { title, startTime: s.startTime, online: s.online, blocks: structuredClone(s.blocks) },
        expectedRevision
      )
    },
    'templates:delete': ({ id, expectedRevision }) => notebook.library.deleteTemplate(id, expectedRevision),
    'captures:add': (input) => capture.add(input),
    'captures:update': ({ sessionId, noteId, patch, expectedRevision: r }) =>
      capture.update(sessionId, noteId, patch, r),
    'captures:delete': ({ sessionId, noteId, expectedRevision: r }) => capture.remove(sessionId, noteId, r),
    'captures:restore': ({ sessionId, note, expectedRevision: r }) => capture.restore(sessionId, note, r),
    'live:mark': ({ sessionId, blockId, event, expectedRevision: r }) =>
      capture.mark(sessionId, blockId, event, r),
    'journeys:add': ({ expectedRevision: r, ...input }) => capture.addStep(input, r),
    'journeys:update': ({ sessionId, stepId, patch, expectedRevision: r }) =>
      capture.updateStep(sessionId, stepId, patch, r),
    'journeys:delete': ({ sessionId, stepId, expectedRevision: r }) =>
      capture.removeStep(sessionId, stepId, r),
    'synthesis:add-cluster': ({ sessionId, name, noteIds, expectedRevision: r }) =>
      synthesis.addCluster(sessionId, name, noteIds, r),
    'synthesis:update-cluster': ({ sessionId, clusterId, patch, expectedRevision: r }) =>
      synthesis.updateCluster(sessionId, clusterId, patch, r),
    'synthesis:delete-cluster': ({ sessionId, clusterId, expectedRevision: r }) =>
      synthesis.deleteCluster(sessionId, clusterId, r),
    'synthesis:place-note': ({ sessionId, noteId, clusterId, index, expectedRevision: r }) =>
      synthesis.placeNote(sessionId, noteId, clusterId, index, r),
    'synthesis:vote-note': ({ sessionId, noteId, votes, expectedRevision: r }) =>
      synthesis.voteNote(sessionId, noteId, votes, r),
    'actions:add': ({ sessionId, expectedRevision: r, ...fields }) =>
      synthesis.addAction(sessionId, fields, r),
    'actions:update': ({ sessionId, actionId, patch, expectedRevision: r }) =>
      synthesis.updateAction(sessionId, actionId, patch, r),
    'actions:delete': ({ sessionId, actionId, expectedRevision: r }) =>
      synthesis.deleteAction(sessionId, actionId, r),
    'notebook:recovery-pdf': createRecoverySheet({ resourcesDir, saveAs, ...(now ? { now } : {}) }),
    'export:preview': ({ sessionId }) => exports.preview(sessionId),
    'export:file': (input) => exports.exportFile(input),
    'export:progress': ({ jobId }) => exports.progress(jobId),
    'export:cancel': ({ jobId }) => exports.cancel(jobId),
    'sessions:import-preview': async ({ content, passphrase }) =>
      transfer.preview(await openSessionImport(content, passphrase)),
    'sessions:import': async ({ content, passphrase, asCopy, titleSuffix }) =>
      transfer.import(await openSessionImport(content, passphrase), {
        asCopy,
        ...(titleSuffix === undefined ? {} : { titleSuffix })
      }),
    'sessions:erase': async ({ id }) => {
      const erased = await erase.eraseSession(id)
      // Contributions still waiting in its room go with it.
      return { ...erased, files: erased.files + (await room.forget(id)) }
    },
    'backups:list': ({ sessionId }) => notebook.backups.list(sessionId),
    'backups:restore': async ({ sessionId, stamp }) => ({
      undoStamp: (await notebook.backups.restore(sessionId, stamp)).undoStamp
    }),
    'sessions:import-labelled': async ({ content, passphrase, origin, titleSuffix }) =>
      transfer.importLabelled(await openSessionImport(content, passphrase), {
        origin,
        ...(titleSuffix === undefined ? {} : { titleSuffix })
      }),
    'insights:search': ({ query, offset, limit }) => insights.search(query, offset, limit),
    'insights:status': () => insights.status(),
    'insights:tags': () => insights.tags(),
    'tags:preview-rename': (input) => tags.preview(input),
    'tags:rename': (input) => tags.rename(input),
    'tags:undo-rename': ({ undoId }) => tags.undo(undoId),
    'views:list': () => notebook.insights.views(),
    'views:save': ({ name, query }) => notebook.insights.saveView(name, query),
    'views:delete': ({ viewId }) => notebook.insights.deleteView(viewId),
    'boards:list': () => notebook.insights.boards(),
    'boards:get': ({ boardId }) => boards.get(boardId),
    'boards:create': ({ name, query }) => notebook.insights.createBoard(name, query),
    'boards:delete': ({ boardId }) => notebook.insights.deleteBoard(boardId),
    'boards:add-theme': ({ boardId, name, expectedRevision }) =>
      notebook.insights.addTheme(boardId, name, expectedRevision),
    'boards:rename-theme': ({ boardId, themeId, name, expectedRevision }) =>
      boards.renameTheme(boardId, themeId, name, expectedRevision),
    'boards:delete-theme': ({ boardId, themeId, expectedRevision }) =>
      boards.deleteTheme(boardId, themeId, expectedRevision),
    'boards:place': ({ boardId, note, themeId }) => notebook.insights.placeNote(boardId, note, themeId),
    'boards:export-preview': ({ boardId }) => exports.previewBoard(boardId),
    'boards:export': (input) => exports.exportBoard(input),
    'erase:pseudonym': async ({ name, dryRun }) => {
      const erased = await erase.erasePseudonym(name, { dryRun })
      // Contributions still waiting in a room queue are covered too.
      const waiting = await room.scrubPseudonym(createScrubber(name), dryRun === true)
      return {
        ...erased,
        speakers: erased.speakers + waiting.speakers,
        mentions: erased.mentions + waiting.mentions
      }
    },
    'projector:state': ({ sessionId }) => projector.state(sessionId),
    'projector:set': (input) => projector.set(input),
    'projector:open': ({ sessionId }) => projector.open(sessionId)
  }
}
