import { emptyQuery, type InsightPage, type InsightQuery } from '../../../shared/insights/query'
import { AppError } from '../../../shared/errors'
import type { Notebook } from '../../storage/notebook'
import { NoteIndex, factsOf, synthesisOf } from '../../../shared/insights/note-index'
import { noteSynthesis } from '../../../shared/insights/session-facts'

/** Notes indexed between two pauses: a few milliseconds of work. */
const SLICE = 500
/** Rows the screen asks for first. */
const FIRST_PAGE = 100
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

export interface IndexStatus {
  ready: boolean
  notes: number
  sessions: number
}

/**
 * The Insights index over every session, kept in step with storage: built once in the background
 * at start-up (the app answers meanwhile), then changed note by note as storage reports changes.
 * Changes to one session are applied in order; different sessions do not wait for each other.
 */
export function createInsightsService(notebook: Pick<Notebook, 'sessions' | 'insights'>) {
  const index = new NoteIndex()
  const queues = new Map<string, Promise<void>>()
  let ready = false
  let building: Promise<void> | null = null
  /** Locked: the notebook is closed and its key gone; nothing may read a session any more. */
  let stopped = false

  const origin = (id: string) => notebook.insights.origins()[id] ?? null
  /** Sessions read in full at least once: a small change to another one reads it whole first. */
  const known = new Set<string>()

  function enqueue(id: string, work: () => Promise<void>): Promise<void> {
    const next = (queues.get(id) ?? Promise.resolve())
      .then(() => (stopped ? undefined : work()))
      .catch((error: unknown) => {
        // A session that is gone (deleted, erased, set aside) has nothing left to find.
        if (
          error instanceof AppError &&
          ['session/not-found', 'storage/corrupt-file', 'crypto/tampered'].includes(error.code)
        )
          index.removeSession(id)
        else console.error('insights index update failed', error)
      })
    queues.set(id, next)
    void next.finally(() => {
      if (queues.get(id) === next) queues.delete(id)
    })
    return next
  }

  /**
   * The whole session again: new, changed notes re-indexed, vanished ones dropped. Indexed in
   * slices with a pause between them, so a 20,000-note session never holds the thread for long:
   * a capture in live mode is answered between two slices.
   */
  const syncSession = async (id: string) => {
    const { facts, notes, synthesis } = await notebook.sessions.scan(id, (session) => ({
      facts: factsOf(session, origin(id)),
      notes: session.captures,
      synthesis: synthesisOf(session)
    }))
    index.setSession(facts)
    known.add(id)
    const present = new Set(notes.map((n) => n.id))
    for (const noteId of index.noteIdsOf(id)) if (!present.has(noteId)) index.remove(id, noteId)
    for (let at = 0; at < notes.length; at += SLICE) {
      if (at > 0) await pause()
      for (const note of notes.slice(at, at + SLICE))
        index.upsert(id, note, synthesis.cluster(note.id), synthesis.votes(note.id))
    }
  }

  /** Only the notes a small change named (a capture, an edit, a vote): a capture costs one note. */
  const syncNotes = async (id: string, noteIds: readonly string[]) => {
    if (!known.has(id)) return syncSession(id)
    const session = await notebook.sessions.peek(id)
    for (const noteId of noteIds) {
      const note = findFromEnd(session.captures, noteId)
      if (!note) {
        index.remove(id, noteId)
        continue
      }
      const { cluster, votes } = noteSynthesis(session, noteId)
      index.upsert(id, note, cluster, votes)
    }
  }

  /**
   * The screen's first view (every note, newest first) worked out ahead, once changes have settled
   * for a second: opening Insights then costs a page of rows, not a sort of 100,000 notes.
   */
  let warmTimer: ReturnType<typeof setTimeout> | null = null
  /** Only once Insights has been opened in this run: a day of live capture sorts nothing for it. */
  let used = false
  const warmSoon = () => {
    if (!used) return
    if (warmTimer) clearTimeout(warmTimer)
    warmTimer = setTimeout(() => {
      warmTimer = null
      if (ready && queues.size === 0) index.search(emptyQuery(), 0, FIRST_PAGE)
    }, 1000)
    warmTimer.unref?.()
  }

  notebook.sessions.onChange((id, notes) => {
    if (notes?.length === 0) return
    void enqueue(id, () => (notes ? syncNotes(id, notes) : syncSession(id))).then(warmSoon)
  })
  notebook.sessions.onRemoved(
    (id) =>
      void enqueue(id, async () => {
        index.removeSession(id)
        known.delete(id)
      })
  )

  return {
    /** Read every session once, yielding between them so other requests are answered meanwhile. */
    start(): Promise<void> {
      building ??= (async () => {
        for (const { id } of notebook.sessions.list()) {
          if (stopped) return
          await enqueue(id, () => syncSession(id))
          await pause()
        }
        index.trim()
        ready = true
        index.search(emptyQuery(), 0, FIRST_PAGE)
      })()
      return building
    },

    /** The notebook locked: never read a session again (the gate then drops the whole index). */
    stop(): void {
      stopped = true
      if (warmTimer) clearTimeout(warmTimer)
      known.clear()
    },

    /** Settled changes, for tests and the benchmark: every queued update applied. */
    async settled(): Promise<void> {
      await building
      while (queues.size > 0) await Promise.all([...queues.values()])
    },

    status(): IndexStatus {
      return { ready, notes: index.size, sessions: known.size }
    },

    search(query: InsightQuery, offset: number, limit: number): InsightPage {
      used = true
      return { ...index.search(query, offset, limit), ready }
    },

    /** Every tag in the notebook with how many notes carry it, most used first. */
    tags: () => index.tagCounts(),

    /** The session again from its file: after its origin label changed, say. */
    refresh(id: string): Promise<void> {
      return enqueue(id, () => syncSession(id))
    },

    index
  }
}

export type InsightsService = ReturnType<typeof createInsightsService>

function findFromEnd<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]?.id === id) return list[i]
  return undefined
}
