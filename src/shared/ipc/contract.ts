import { z } from 'zod'
import type { AppInfo, NotebookStatus } from '../domain/app-info'
import { settingsPatchSchema, type Settings } from '../domain/settings'
import type { Language } from '../i18n/languages'
import { LIMITS } from '../limits'
import type { Channel } from './channels'
import { revisioned, type Revised } from './revision'
import { changePassphraseInput, idleLockInput, protectInput, unlockInput } from '../protection/schemas'
import type { ProtectResult } from '../protection/rules'
import {
  idInput,
  packFileInput,
  saveAnnotationInput,
  saveOwnItemInput,
  type Annotation,
  type InstalledPack,
  type LibraryData,
  type OwnItem,
  type PackPreview
} from '../content/library'
import type { PlanningCatalog } from '../planning/catalog-schema'
import {
  boardExportInput,
  exportFileInput,
  exportJobInput,
  type ExportDelivery,
  type ExportProgress
} from '../domain/export'
import {
  backupRestoreInput,
  sessionIdInput,
  backupsListInput,
  erasePseudonymInput,
  sessionImportInput,
  sessionImportPreviewInput,
  type BackupEntry,
  type BackupRestored,
  type PseudonymErasure,
  type SessionErasure,
  type SessionPreview
} from '../domain/notebook-ops'
import type { CrossSessionPreview, ExportPreview } from '../pdf'
import {
  actionRefInput,
  addActionInput,
  addClusterInput,
  clusterRefInput,
  placeNoteInput,
  updateActionInput,
  updateClusterInput,
  voteNoteInput,
  type ActionItem,
  type Cluster,
  type Synthesis
} from '../planning/synthesis'
import {
  addJourneyStepInput,
  addNoteInput,
  journeyStepRefInput,
  liveMarkInput,
  noteRefInput,
  noteSchema,
  updateJourneyStepInput,
  updateNoteInput,
  type JourneyStep,
  type LiveState,
  type Note
} from '../planning/capture'
import {
  createSessionInput,
  duplicateSessionInput,
  sessionRefInput,
  setAgendaInput,
  setPersonasInput,
  updateSessionInput,
  saveTemplateInput,
  type OwnTemplate,
  type Session
} from '../planning/session'

import {
  addThemeInput,
  boardRefInput,
  createBoardInput,
  placeOnBoardInput,
  saveViewInput,
  themeRefInput,
  updateThemeInput,
  viewRefInput,
  type Board,
  type SavedView
} from '../insights/board'
import type { InsightPage, InsightRow } from '../insights/query'
import { insightSearchInput } from '../insights/query-schema'
import type { TagRenamePreview, TagRenameResult } from '../insights/tags'
import { renameTagsInput, undoRenameInput } from '../insights/tags-schema'
import { labelledImportInput, type LabelledImport } from '../domain/notebook-ops'
import { recoverySheetInput } from '../domain/recovery-sheet'
import { projectorRefInput, projectorSetInput } from '../projector/schemas'
import type { ProjectorView } from '../projector/view'
import type { RoomInterface, RoomQueueItem, RoomStatus } from '../room/facilitator'
import {
  roomAcceptInput,
  roomItemInput,
  roomOpenInput,
  roomPublishInput,
  roomSessionInput
} from '../room/schemas'

/** A board and the notes it places, as they are now (a note deleted since is simply absent). */
export interface BoardView {
  board: Board
  revision: number
  /** Keyed `<sessionId>/<noteId>`. */
  notes: Record<string, InsightRow>
}

export interface InsightsStatus {
  ready: boolean
  notes: number
  sessions: number
}

/** The settings and the revision of `notebook.json` they were read at. */
export type StoredSettings = Settings & { revision: number }

/**
 * What `settings:get`/`settings:set` answer: the stored settings, plus the language the system
 * prefers among ours, used while `language` is null (desktop: the OS's list, read by main; browser
 * mode: null, since the page reads the browser's own list).
 */
export type SettingsView = StoredSettings & { systemLanguage: Language | null }

/** One line of the sessions list. */
export interface SessionSummary {
  id: string
  title: string
  date?: string | null | undefined
  updatedAt: string
}

/** Phantom marker: carries an output type through `typeof contract` without a runtime value. */
const returns = <T>() => undefined as unknown as T

const none = z.undefined()

export const contract = {
  'app:info': { input: none, output: returns<AppInfo>() },
  'notebook:status': { input: none, output: returns<NotebookStatus>() },
  /** Encrypt the notebook in place; answers the recovery key, shown once. Leaves it unlocked. */
  'notebook:protect': { input: protectInput, output: returns<ProtectResult & { status: NotebookStatus }>() },
  'notebook:unlock': { input: unlockInput, output: returns<NotebookStatus>() },
  /** Forget the key and every piece of session data held in main; the renderer clears its own. */
  'notebook:lock': { input: none, output: returns<NotebookStatus>() },
  /** Re-wraps the data key: nothing else is rewritten. The recovery key stays valid. */
  'notebook:change-passphrase': { input: changePassphraseInput, output: returns<null>() },
  'notebook:set-idle-lock': { input: idleLockInput, output: returns<NotebookStatus>() },
  /** The recovery key (held by the protect dialog) printed on one PDF page; main keeps nothing. */
  'notebook:recovery-pdf': { input: recoverySheetInput, output: returns<ExportDelivery>() },
  'settings:get': { input: none, output: returns<SettingsView>() },
  'settings:set': { input: revisioned(settingsPatchSchema), output: returns<SettingsView>() },
  'content:packs': { input: none, output: returns<InstalledPack[]>() },
  'content:preview': { input: packFileInput, output: returns<PackPreview>() },
  'content:import': { input: packFileInput, output: returns<PackPreview>() },
  'library:get': { input: none, output: returns<LibraryData & { revision: number }>() },
  'annotations:save': {
    input: revisioned(saveAnnotationInput),
    output: returns<Revised<Annotation | null>>()
  },
  'own-items:save': { input: revisioned(saveOwnItemInput), output: returns<Revised<OwnItem>>() },
  'own-items:delete': { input: revisioned(idInput), output: returns<Revised<null>>() },
  'app:open-external': {
    input: z.strictObject({ url: z.string().max(LIMITS.externalUrl) }),
    output: returns<null>()
  },
  'catalog:get': { input: none, output: returns<PlanningCatalog>() },
  'sessions:list': { input: none, output: returns<SessionSummary[]>() },
  'sessions:get': { input: sessionRefInput, output: returns<Session>() },
  'sessions:create': { input: createSessionInput, output: returns<Session>() },
  'sessions:update': { input: revisioned(updateSessionInput), output: returns<Session>() },
  'sessions:set-agenda': { input: revisioned(setAgendaInput), output: returns<Session>() },
  'sessions:set-personas': { input: revisioned(setPersonasInput), output: returns<Session>() },
  'sessions:duplicate': { input: duplicateSessionInput, output: returns<Session>() },
  'sessions:delete': { input: sessionRefInput, output: returns<null>() },
  'sessions:restore': { input: sessionRefInput, output: returns<Session>() },
  'templates:list': { input: none, output: returns<OwnTemplate[]>() },
  'templates:save': { input: revisioned(saveTemplateInput), output: returns<Revised<OwnTemplate>>() },
  'templates:delete': { input: revisioned(sessionRefInput), output: returns<Revised<null>>() },
  'captures:add': { input: addNoteInput, output: returns<Revised<Note>>() },
  'captures:update': { input: revisioned(updateNoteInput), output: returns<Revised<Note>>() },
  'captures:delete': { input: revisioned(noteRefInput), output: returns<Revised<Note>>() },
  'captures:restore': {
    input: revisioned(z.strictObject({ sessionId: noteRefInput.shape.sessionId, note: noteSchema })),
    output: returns<Revised<Note>>()
  },
  'live:mark': { input: revisioned(liveMarkInput), output: returns<Revised<LiveState>>() },
  'journeys:add': { input: revisioned(addJourneyStepInput), output: returns<Revised<JourneyStep>>() },
  'journeys:update': { input: revisioned(updateJourneyStepInput), output: returns<Revised<JourneyStep>>() },
  'journeys:delete': { input: revisioned(journeyStepRefInput), output: returns<Revised<null>>() },
  'synthesis:add-cluster': { input: revisioned(addClusterInput), output: returns<Revised<Cluster>>() },
  'synthesis:update-cluster': { input: revisioned(updateClusterInput), output: returns<Revised<Cluster>>() },
  'synthesis:delete-cluster': { input: revisioned(clusterRefInput), output: returns<Revised<Synthesis>>() },
  'synthesis:place-note': { input: revisioned(placeNoteInput), output: returns<Revised<Synthesis>>() },
  'synthesis:vote-note': { input: revisioned(voteNoteInput), output: returns<Revised<number>>() },
  'actions:add': { input: revisioned(addActionInput), output: returns<Revised<ActionItem>>() },
  'actions:update': { input: revisioned(updateActionInput), output: returns<Revised<ActionItem>>() },
  'actions:delete': { input: revisioned(actionRefInput), output: returns<Revised<ActionItem>>() },
  'export:preview': { input: sessionIdInput, output: returns<ExportPreview>() },
  'export:file': { input: exportFileInput, output: returns<ExportDelivery>() },
  'export:progress': { input: exportJobInput, output: returns<ExportProgress | null>() },
  'export:cancel': { input: exportJobInput, output: returns<boolean>() },
  'sessions:import-preview': { input: sessionImportPreviewInput, output: returns<SessionPreview>() },
  'sessions:import': { input: sessionImportInput, output: returns<Session>() },
  'sessions:erase': { input: sessionRefInput, output: returns<SessionErasure>() },
  'backups:list': { input: backupsListInput, output: returns<BackupEntry[]>() },
  'backups:restore': { input: backupRestoreInput, output: returns<BackupRestored>() },
  'erase:pseudonym': { input: erasePseudonymInput, output: returns<PseudonymErasure>() },
  'sessions:import-labelled': { input: labelledImportInput, output: returns<LabelledImport>() },
  'insights:search': { input: insightSearchInput, output: returns<InsightPage>() },
  'insights:status': { input: none, output: returns<InsightsStatus>() },
  'insights:tags': { input: none, output: returns<{ tag: string; count: number }[]>() },
  'tags:preview-rename': { input: renameTagsInput, output: returns<TagRenamePreview>() },
  'tags:rename': { input: renameTagsInput, output: returns<TagRenameResult>() },
  'tags:undo-rename': { input: undoRenameInput, output: returns<{ notes: number }>() },
  'views:list': { input: none, output: returns<SavedView[]>() },
  'views:save': { input: saveViewInput, output: returns<Revised<SavedView>>() },
  'views:delete': { input: viewRefInput, output: returns<Revised<null>>() },
  'boards:list': { input: none, output: returns<Board[]>() },
  'boards:get': { input: boardRefInput, output: returns<BoardView>() },
  'boards:create': { input: createBoardInput, output: returns<Revised<Board>>() },
  'boards:delete': { input: boardRefInput, output: returns<Revised<null>>() },
  'boards:add-theme': { input: revisioned(addThemeInput), output: returns<Revised<Board>>() },
  'boards:rename-theme': { input: revisioned(updateThemeInput), output: returns<Revised<Board>>() },
  'boards:delete-theme': { input: revisioned(themeRefInput), output: returns<Revised<Board>>() },
  'boards:place': { input: placeOnBoardInput, output: returns<Revised<Board>>() },
  'boards:export-preview': { input: boardRefInput, output: returns<CrossSessionPreview>() },
  'boards:export': { input: boardExportInput, output: returns<ExportDelivery>() },
  'projector:state': { input: projectorRefInput, output: returns<ProjectorView>() },
  'projector:set': { input: projectorSetInput, output: returns<ProjectorView>() },
  'projector:open': { input: projectorRefInput, output: returns<null>() },
  'room:interfaces': { input: none, output: returns<RoomInterface[]>() },
  'room:open': { input: roomOpenInput, output: returns<RoomStatus>() },
  'room:close': { input: roomSessionInput, output: returns<RoomStatus>() },
  'room:status': { input: roomSessionInput, output: returns<RoomStatus>() },
  'room:queue': { input: roomSessionInput, output: returns<RoomQueueItem[]>() },
  'room:accept': { input: roomAcceptInput, output: returns<Revised<Note>>() },
  'room:discard': { input: roomItemInput, output: returns<null>() },
  'room:publish': { input: roomPublishInput, output: returns<RoomStatus>() }
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

export type Contract = typeof contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = Contract[C]['output']
