/**
 * Every channel the renderer can call, mapped to the method name the preload exposes for it.
 * Kept free of zod so the sandboxed preload bundle stays tiny; `contract.ts` adds the schemas and
 * its `satisfies` clause makes the compiler insist both lists name the same channels.
 */
export const CHANNEL_METHODS = {
  'app:info': 'appInfo',
  'notebook:status': 'notebookStatus',
  'settings:get': 'getSettings',
  'settings:set': 'setSettings',
  'content:packs': 'listPacks',
  'content:preview': 'previewPack',
  'content:import': 'importPack',
  'library:get': 'getLibrary',
  'annotations:save': 'saveAnnotation',
  'own-items:save': 'saveOwnItem',
  'own-items:delete': 'deleteOwnItem',
  'app:open-external': 'openExternal',
  'catalog:get': 'getCatalog',
  'sessions:list': 'listSessions',
  'sessions:get': 'getSession',
  'sessions:create': 'createSession',
  'sessions:update': 'updateSession',
  'sessions:set-agenda': 'setAgenda',
  'sessions:set-personas': 'setPersonas',
  'sessions:duplicate': 'duplicateSession',
  'sessions:delete': 'deleteSession',
  'sessions:restore': 'restoreSession',
  'templates:list': 'listTemplates',
  'templates:save': 'saveTemplate',
  'templates:delete': 'deleteTemplate',
  'captures:add': 'addCapture',
  'captures:update': 'updateCapture',
  'captures:delete': 'deleteCapture',
  'captures:restore': 'restoreCapture',
  'live:mark': 'markLive',
  'journeys:add': 'addJourneyStep',
  'journeys:update': 'updateJourneyStep',
  'journeys:delete': 'deleteJourneyStep',
  'synthesis:add-cluster': 'addCluster',
  'synthesis:update-cluster': 'updateCluster',
  'synthesis:delete-cluster': 'deleteCluster',
  'synthesis:place-note': 'placeNote',
  'synthesis:vote-note': 'voteNote',
  'actions:add': 'addAction',
  'actions:update': 'updateAction',
  'actions:delete': 'deleteAction',
  'export:preview': 'previewExport',
  'export:file': 'exportFile',
  'export:progress': 'exportProgress',
  'export:cancel': 'cancelExport',
  'sessions:import-preview': 'previewSessionImport',
  'sessions:import': 'importSession',
  'sessions:erase': 'eraseSession',
  'backups:list': 'listBackups',
  'backups:restore': 'restoreBackup',
  'erase:pseudonym': 'erasePseudonym',
  'sessions:import-labelled': 'importLabelledSession',
  'insights:search': 'searchInsights',
  'insights:status': 'insightsStatus',
  'insights:tags': 'listTags',
  'tags:preview-rename': 'previewTagRename',
  'tags:rename': 'renameTags',
  'tags:undo-rename': 'undoTagRename',
  'views:list': 'listViews',
  'views:save': 'saveView',
  'views:delete': 'deleteView',
  'boards:list': 'listBoards',
  'boards:get': 'getBoard',
  'boards:create': 'createBoard',
  'boards:delete': 'deleteBoard',
  'boards:add-theme': 'addTheme',
  'boards:rename-theme': 'renameTheme',
  'boards:delete-theme': 'deleteTheme',
  'boards:place': 'placeOnBoard'
} as const

export type Channel = keyof typeof CHANNEL_METHODS
export type MethodName = (typeof CHANNEL_METHODS)[Channel]
export const CHANNELS = Object.keys(CHANNEL_METHODS) as Channel[]

export function isChannel(value: string): value is Channel {
  return Object.hasOwn(CHANNEL_METHODS, value)
}
