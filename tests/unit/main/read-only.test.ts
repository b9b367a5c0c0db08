import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels'
import type { Session } from '../../../src/shared/planning/session'
import { hashTree, richSession } from '../../support/rich-session'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** Channels that only read (or write outside the notebook, like a browser-mode download). */
const READS: Channel[] = [
  'app:info',
  'notebook:status',
  // Refused with crypto/not-protected on a notebook without a passphrase, like this one.
  'notebook:unlock',
  'notebook:lock',
  'notebook:change-passphrase',
  'notebook:set-idle-lock',
  // Writes a PDF outside the notebook (or hands it to the browser), like an export.
  'notebook:recovery-pdf',
  'settings:get',
  'content:packs',
  'content:preview',
  'library:get',
  'app:open-external',
  'catalog:get',
  'sessions:list',
  'sessions:get',
  'templates:list',
  'export:preview',
  'export:file',
  'export:progress',
  'export:cancel',
  'sessions:import-preview',
  'backups:list',
  'insights:search',
  'insights:status',
  'insights:tags',
  'tags:preview-rename',
  'views:list',
  'boards:list',
  'boards:get',
  'boards:export-preview',
  'boards:export',
  // The projector's choices live in memory: showing a session on a wall writes nothing.
  'projector:state',
  'projector:set',
  'projector:open',
  'room:interfaces',
  'room:close',
  'room:status',
  'room:queue'
]

interface Fixture {
  s: Session
  deleted: string
  own: string
  template: string
  stamp: string
  pack: string
  exported: string
  board: string
  theme: string
  view: string
}

/** A valid call of every channel that writes to the notebook. */
const writes: Partial<Record<Channel, (f: Fixture) => unknown>> = {
  'settings:set': () => ({ language: 'fr' }),
  'notebook:protect': () => ({ passphrase: 'a long enough passphrase' }),
  'content:import': (f) => ({ content: f.pack }),
  'annotations:save': () => ({ target: 'uclg-plm-28:case-barcelona', text: 'x' }),
  'own-items:save': () => ({ title: 'Mine', body: 'x', language: 'en', purpose: null }),
  'own-items:delete': (f) => ({ id: f.own }),
  'sessions:create': () => ({ title: 'New' }),
  'sessions:update': (f) => ({ id: f.s.id, details: { title: 'Renamed' } }),
  'sessions:set-agenda': (f) => ({ id: f.s.id, blocks: [] }),
  'sessions:set-personas': (f) => ({ id: f.s.id, personas: [] }),
  'sessions:duplicate': (f) => ({ id: f.s.id, title: 'Copy' }),
  'sessions:delete': (f) => ({ id: f.s.id }),
  'sessions:restore': (f) => ({ id: f.deleted }),
  'templates:save': (f) => ({ id: f.s.id, title: 'T' }),
  'templates:delete': (f) => ({ id: f.template }),
  'captures:add': (f) => ({ sessionId: f.s.id, type: 'idea', text: 'x', blockId: null }),
  'captures:update': (f) => ({ sessionId: f.s.id, noteId: f.s.captures[0]!.id, patch: { text: 'y' } }),
  'captures:delete': (f) => ({ sessionId: f.s.id, noteId: f.s.captures[0]!.id }),
  'captures:restore': (f) => ({ sessionId: f.s.id, note: { ...f.s.captures[0]!, id: 'restored0001' } }),
  'live:mark': (f) => ({ sessionId: f.s.id, blockId: 'blk0001', event: 'start' }),
  'journeys:add': (f) => ({
    sessionId: f.s.id,
    personaId: 'per0001',
    place: 'space',
    label: 'Park',
    outcome: 'door',
    note: ''
  }),
  'journeys:update': (f) => ({ sessionId: f.s.id, stepId: f.s.journeys[0]!.id, patch: { note: 'x' } }),
  'journeys:delete': (f) => ({ sessionId: f.s.id, stepId: f.s.journeys[0]!.id }),
  'synthesis:add-cluster': (f) => ({ sessionId: f.s.id, name: 'Trust' }),
  'synthesis:update-cluster': (f) => ({ sessionId: f.s.id, clusterId: 'clu00001', patch: { votes: 1 } }),
  'synthesis:delete-cluster': (f) => ({ sessionId: f.s.id, clusterId: 'clu00001' }),
  'synthesis:place-note': (f) => ({ sessionId: f.s.id, noteId: f.s.captures[2]!.id, clusterId: null }),
  'synthesis:vote-note': (f) => ({ sessionId: f.s.id, noteId: f.s.captures[0]!.id, votes: 1 }),
  'actions:add': (f) => ({ sessionId: f.s.id, text: 'Call' }),
  'actions:update': (f) => ({ sessionId: f.s.id, actionId: 'act00001', patch: { done: true } }),
  'actions:delete': (f) => ({ sessionId: f.s.id, actionId: 'act00001' }),
  'sessions:import': (f) => ({ content: f.exported, asCopy: true }),
  'sessions:erase': (f) => ({ id: f.s.id }),
  'backups:restore': (f) => ({ sessionId: f.s.id, stamp: f.stamp }),
  'erase:pseudonym': () => ({ name: 'Amina', dryRun: false }),
  'sessions:import-labelled': (f) => ({ content: f.exported, origin: 'Sousse' }),
  'tags:rename': () => ({ from: ['housing'], to: 'logement' }),
  // An undo of a rename from before: nothing to undo, and nothing may be written either way.
  'tags:undo-rename': () => ({ undoId: 'none' }),
  'views:save': () => ({ name: 'View', query: { q: 'desk' } }),
  'views:delete': (f) => ({ viewId: f.view }),
  'boards:create': () => ({ name: 'Board', query: {} }),
  'boards:delete': (f) => ({ boardId: f.board }),
  'boards:add-theme': (f) => ({ boardId: f.board, name: 'Access' }),
  'boards:rename-theme': (f) => ({ boardId: f.board, themeId: f.theme, name: 'Doors' }),
  'boards:delete-theme': (f) => ({ boardId: f.board, themeId: f.theme }),
  'boards:place': (f) => ({
    boardId: f.board,
    note: { sessionId: f.s.id, noteId: f.s.captures[0]!.id },
    themeId: f.theme
  }),
  // Opening a room on a notebook that cannot store contributions is refused before any listener starts.
  'room:open': (f) => ({ sessionId: f.s.id, host: '127.0.0.2' }),
  'room:accept': (f) => ({ sessionId: f.s.id, itemId: 'roomItem0001' }),
  'room:discard': (f) => ({ sessionId: f.s.id, itemId: 'roomItem0001' }),
  'room:publish': (f) => ({ sessionId: f.s.id, prompt: 'What helps?' })
}

/** A notebook with something everywhere, then one of its files rewritten by "a newer version". */
async function newerNotebook(file: 'notebook.json' | 'library.json' | 'insights.json') {
  const dataDir = await tempDir()
  let b: Backend = await openBackend({ dataDir, mode: 'browser' })
  const s = await richSession(b.notebook)
  const gone = await richSession(b.notebook, 'Deleted')
  await value(b.dispatch('sessions:delete', { id: gone.id }))
  const own = await revised<{ id: string }>(
    b.dispatch('own-items:save', { title: 'Own', body: 'x', language: 'en', purpose: null })
  )
  const template = await revised<{ id: string }>(b.dispatch('templates:save', { id: s.id, title: 'T' }))
  const [stamp] = await b.notebook.backups.runOnce()
  const board = await revised<{ id: string }>(b.dispatch('boards:create', { name: 'B', query: {} }))
  const themed = await revised<{ themes: { id: string }[] }>(
    b.dispatch('boards:add-theme', { boardId: board.id, name: 'Theme' })
  )
  const view = await revised<{ id: string }>(b.dispatch('views:save', { name: 'V', query: {} }))
  const exported = (await b.notebook.sessions.get(s.id)) as Session
  await b.close()
  const path = join(dataDir, 'notebook', file)
  const doc = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  await writeFile(path, JSON.stringify({ ...doc, schemaVersion: 99 }))
  b = await openBackend({ dataDir, mode: 'browser' })
  const pack = await readFile(join(import.meta.dirname, '../../fixtures/packs/valid-mini.json'), 'utf8')
  const fixture: Fixture = {
    s,
    deleted: gone.id,
    own: own.id,
    template: template.id,
    stamp: stamp!,
    pack,
    exported: JSON.stringify({ ...exported, id: 'importedSession01' }),
    board: board.id,
    theme: themed.themes[0]!.id,
    view: view.id
  }
  return { b, dataDir, fixture }
}

describe('a read-only notebook is left exactly as found', () => {
  it('lists every channel as a read or a write', () => {
    expect(CHANNELS.filter((c) => !READS.includes(c) && !writes[c])).toEqual([])
  })

  it.each(['notebook.json', 'library.json', 'insights.json'] as const)(
    'with a newer %s, every write channel refuses with storage/read-only and no byte changes',
    async (file) => {
      const { b, dataDir, fixture } = await newerNotebook(file)
      expect(await value(b.dispatch('notebook:status', undefined))).toMatchObject({
        readOnly: true,
        newerVersion: { file, version: 99 }
      })
      const before = await hashTree(dataDir)
      const refused: Record<string, string> = {}
      for (const [channel, input] of Object.entries(writes)) {
        const result = await b.dispatch(channel, input(fixture))
        refused[channel] = result.ok ? 'written' : result.error.code
      }
      const expected = Object.fromEntries(Object.keys(writes).map((c) => [c, 'storage/read-only']))
      expect(refused).toEqual(expected)
      await b.close()
      expect(await hashTree(dataDir)).toEqual(before)
    }
  )
})
