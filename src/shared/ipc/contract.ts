import { z } from 'zod'
import type { AppInfo, NotebookStatus } from '../domain/app-info'
import { settingsPatchSchema, type Settings } from '../domain/settings'
import type { Channel } from './channels'
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
import { exportFileInput, exportJobInput, type ExportDelivery, type ExportProgress } from '../domain/export'
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
import type { ExportPreview } from '../pdf'
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
  'settings:get': { input: none, output: returns<Settings>() },
  'settings:set': { input: settingsPatchSchema, output: returns<Settings>() },
  'content:packs': { input: none, output: returns<InstalledPack[]>() },
  'content:preview': { input: packFileInput, output: returns<PackPreview>() },
  'content:import': { input: packFileInput, output: returns<PackPreview>() },
  'library:get': { input: none, output: returns<LibraryData>() },
  'annotations:save': { input: saveAnnotationInput, output: returns<Annotation | null>() },
  'own-items:save': { input: saveOwnItemInput, output: returns<OwnItem>() },
  'own-items:delete': { input: idInput, output: returns<null>() },
  'app:open-external': { input: z.strictObject({ url: z.string().max(2000) }), output: returns<null>() },
  'catalog:get': { input: none, output: returns<PlanningCatalog>() },
  'sessions:list': { input: none, output: returns<SessionSummary[]>() },
  'sessions:get': { input: sessionRefInput, output: returns<Session>() },
  'sessions:create': { input: createSessionInput, output: returns<Session>() },
  'sessions:update': { input: updateSessionInput, output: returns<Session>() },
  'sessions:set-agenda': { input: setAgendaInput, output: returns<Session>() },
  'sessions:set-personas': { input: setPersonasInput, output: returns<Session>() },
  'sessions:duplicate': { input: duplicateSessionInput, output: returns<Session>() },
  'sessions:delete': { input: sessionRefInput, output: returns<null>() },
  'sessions:restore': { input: sessionRefInput, output: returns<Session>() },
  'templates:list': { input: none, output: returns<OwnTemplate[]>() },
  'templates:save': { input: saveTemplateInput, output: returns<OwnTemplate>() },
  'templates:delete': { input: sessionRefInput, output: returns<null>() },
  'captures:add': { input: addNoteInput, output: returns<Note>() },
  'captures:update': { input: updateNoteInput, output: returns<Note>() },
  'captures:delete': { input: noteRefInput, output: returns<Note>() },
  'captures:restore': {
    input: z.strictObject({ sessionId: noteRefInput.shape.sessionId, note: noteSchema }),
    output: returns<Note>()
  },
  'live:mark': { input: liveMarkInput, output: returns<LiveState>() },
  'journeys:add': { input: addJourneyStepInput, output: returns<JourneyStep>() },
  'journeys:update': { input: updateJourneyStepInput, output: returns<JourneyStep>() },
  'journeys:delete': { input: journeyStepRefInput, output: returns<null>() },
  'synthesis:add-cluster': { input: addClusterInput, output: returns<Cluster>() },
  'synthesis:update-cluster': { input: updateClusterInput, output: returns<Cluster>() },
  'synthesis:delete-cluster': { input: clusterRefInput, output: returns<Synthesis>() },
  'synthesis:place-note': { input: placeNoteInput, output: returns<Synthesis>() },
  'synthesis:vote-note': { input: voteNoteInput, output: returns<number>() },
  'actions:add': { input: addActionInput, output: returns<ActionItem>() },
  'actions:update': { input: updateActionInput, output: returns<ActionItem>() },
  'actions:delete': { input: actionRefInput, output: returns<ActionItem>() },
  'export:preview': { input: sessionIdInput, output: returns<ExportPreview>() },
  'export:file': { input: exportFileInput, output: returns<ExportDelivery>() },
  'export:progress': { input: exportJobInput, output: returns<ExportProgress | null>() },
  'export:cancel': { input: exportJobInput, output: returns<boolean>() },
  'sessions:import-preview': { input: sessionImportPreviewInput, output: returns<SessionPreview>() },
  'sessions:import': { input: sessionImportInput, output: returns<Session>() },
  'sessions:erase': { input: sessionRefInput, output: returns<SessionErasure>() },
  'backups:list': { input: backupsListInput, output: returns<BackupEntry[]>() },
  'backups:restore': { input: backupRestoreInput, output: returns<BackupRestored>() },
  'erase:pseudonym': { input: erasePseudonymInput, output: returns<PseudonymErasure>() }
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>

export type Contract = typeof contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = Contract[C]['output']
