import type * as client from '../../src/renderer/src/api/client'
import type { AppErrorData, ErrorCode } from '../../src/shared/errors'
import type { Channel } from '../../src/shared/ipc/channels'
import type { Note } from '../../src/shared/planning/capture'
import type { RoomStatus } from '../../src/shared/room/facilitator'
import { SESSION_VERSION, type Session } from '../../src/shared/planning/session'

type ClientModule = typeof client
type Handler = (input: Record<string, unknown>) => unknown

/** What a handler throws to make `call` reject with an ApiError carrying `code`. */
export class Refusal extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message)
  }
}
export const refuse = (code: ErrorCode, message: string = code): never => {
  throw new Refusal({ code, message })
}

/** A promise settled from outside: a backend answer the test releases when it wants. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 16, 9, minute)).toISOString()

/** A valid, small session; `overrides` replace whole fields. */
export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    schemaVersion: SESSION_VERSION,
    revision: 3,
    id: 'session0001',
    createdAt: at(0),
    updatedAt: at(1),
    title: 'Atelier Grenoble',
    date: '2026-03-16',
    startTime: '09:30',
    plannedEnd: null,
    timeZone: 'Europe/Paris',
    place: 'Maison des habitants',
    online: false,
    languages: ['fr'],
    audience: '',
    objectives: '',
    notes: '',
    consent: { chathamHouse: true, attributableQuotes: false, photos: false, note: '' },
    blocks: [],
    personas: [],
    captures: [],
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: { clusters: [], noteVotes: {}, actions: [] },
    ...overrides
  }
}

export function makeNote(n: number, text: string): Note {
  return {
    id: `note${String(n).padStart(6, '0')}`,
    createdAt: at(10 + n),
    blockId: null,
    elapsedSeconds: null,
    type: 'insight',
    text,
    links: [],
    tags: [],
    speaker: null,
    consent: 'shareable'
  }
}

/** The room as main reports it: closed, nothing published; `overrides` replace whole fields. */
export function roomStatus(overrides: Partial<RoomStatus> = {}): RoomStatus {
  return {
    open: false,
    sessionId: null,
    url: null,
    code: null,
    qr: null,
    openedAt: null,
    closesAt: null,
    phones: 0,
    queued: 0,
    published: {
      blockId: null,
      prompt: null,
      clusters: [],
      dots: 3,
      showContributions: false,
      contributions: [],
      showVotes: false,
      votes: {}
    },
    resumable: null,
    ...overrides
  }
}

/**
 * An in-memory stand-in for main: stored sessions with revisions (a change based on another
 * revision is refused with `storage/conflict`, as main does), a log of every call, and
 * `hold(channel)` to keep a channel's answers pending until the test releases them.
 */
export function createBackend() {
  const sessions = new Map<string, Session>()
  const handlers = new Map<Channel, Handler>()
  const gates = new Map<Channel, Promise<void>>()
  const calls: { channel: Channel; input: Record<string, unknown> }[] = []

  const stored = (id: unknown) => sessions.get(id as string) ?? refuse('session/not-found')
  /** Checks the revision, applies `change`, bumps the revision and returns the new session. */
  const commit = (input: Record<string, unknown>, change: (s: Session) => Session) => {
    const current = stored(input.id ?? input.sessionId)
    const expected = input.expectedRevision as number | undefined
    if (expected !== undefined && expected !== current.revision) refuse('storage/conflict')
    const next = { ...change(current), revision: current.revision + 1 }
    sessions.set(next.id, next)
    return next
  }
  const defaults: [Channel, Handler][] = [
    [
      'catalog:get',
      () => ({
        format: 'passerelle.planning-catalog',
        formatVersion: 1,
        methods: [],
        personas: [],
        templates: []
      })
    ],
    ['content:packs', () => []],
    ['insights:tags', () => []],
    ['room:status', () => roomStatus()],
    ['room:queue', () => []],
    ['library:get', () => ({ annotations: [], ownItems: [], revision: 0 })],
    [
      'sessions:list',
      () => [...sessions.values()].map(({ id, title, date, updatedAt }) => ({ id, title, date, updatedAt }))
    ],
    ['sessions:get', (i) => stored(i.id)],
    ['sessions:update', (i) => commit(i, (s) => ({ ...s, ...(i.details as Partial<Session>) }))],
    ['sessions:set-agenda', (i) => commit(i, (s) => ({ ...s, blocks: i.blocks as Session['blocks'] }))],
    [
      'captures:add',
      (i) => {
        const { sessionId: _, expectedRevision: __, ...fields } = i
        const value = {
          ...makeNote(90, 'x'),
          id: `added${String(calls.length).padStart(4, '0')}`,
          ...fields
        } as Note
        const saved = commit(i, (s) => ({ ...s, captures: [...s.captures, value] }))
        return { value, revision: saved.revision }
      }
    ],
    [
      'captures:delete',
      (i) => {
        const value =
          stored(i.sessionId).captures.find((n) => n.id === i.noteId) ?? refuse('capture/not-found')
        const saved = commit(i, (s) => ({ ...s, captures: s.captures.filter((n) => n.id !== i.noteId) }))
        return { value, revision: saved.revision }
      }
    ],
    [
      'captures:restore',
      (i) => {
        const value = i.note as Note
        const saved = commit(i, (s) => ({ ...s, captures: [...s.captures, value] }))
        return { value, revision: saved.revision }
      }
    ]
  ]
  for (const [channel, handler] of defaults) handlers.set(channel, handler)

  const handle = async (channel: Channel, input: unknown) => {
    const given = (input ?? {}) as Record<string, unknown>
    calls.push({ channel, input: structuredClone(given) })
    await gates.get(channel)
    const handler = handlers.get(channel) ?? refuse('internal/unexpected', `no fake for ${channel}`)
    return structuredClone(await handler(given))
  }

  return {
    /** Every call so far, oldest first. */
    calls,
    /** The inputs sent on `channel`, oldest first. */
    sent: (channel: Channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    /** Store (or replace) a session as main has it on disk. */
    store: (session: Session) => void sessions.set(session.id, structuredClone(session)),
    stored: (id: string) => sessions.get(id),
    /** Another window's change: the stored session moves on one revision. */
    changeElsewhere: (id: string, patch: Partial<Session>) => commit({ id }, (s) => ({ ...s, ...patch })),
    on: (channel: Channel, handler: Handler) => void handlers.set(channel, handler),
    /** Calls on `channel` wait until the returned function runs. */
    hold: (channel: Channel) => {
      const gate = deferred()
      gates.set(channel, gate.promise)
      return () => {
        gates.delete(channel)
        gate.resolve()
      }
    },
    /** Answers one call as main would: the value, or a Refusal for an error code. */
    handle
  }
}
export type Backend = ReturnType<typeof createBackend>

let current = createBackend()

/** A fresh backend for the next test; the mocked client answers from it. */
export function freshBackend(): Backend {
  current = createBackend()
  return current
}

/**
 * The client module with `call`/`invoke` answered by the current fake backend, errors as the real
 * ApiError. In a test file:
 * `vi.mock('…/api/client', async (real) => (await import('…/support/fake-backend')).fakeClient(await real()))`
 */
export function fakeClient(real: ClientModule): ClientModule {
  const call = async (channel: Channel, input?: unknown) => {
    try {
      return await current.handle(channel, input)
    } catch (error) {
      // As the real client: a `crypto/locked` refusal also sends the UI to the lock screen.
      throw error instanceof Refusal ? real.refusal(error.data) : error
    }
  }
  return { ...real, call: call as ClientModule['call'], invoke: call as ClientModule['invoke'] }
}
