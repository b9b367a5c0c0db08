import { nanoid } from 'nanoid'
import { stripUndefined } from '../../shared/objects'
import { AppError } from '../../shared/errors'
import {
  defaultNoteConsent,
  journeyStepSchema,
  noteSchema,
  type JourneyStep,
  type LiveState,
  type Note
} from '../../shared/planning/capture'
import { LIMITS } from '../../shared/limits'
import type { Revised } from '../storage/document-store'
import { insertByTime } from '../storage/journal-ops'
import { ensureRoom } from './room-for'
import type { Notebook } from '../storage/notebook'

export interface NewNote {
  sessionId: string
  type: Note['type']
  text: string
  blockId: string | null
  links: string[]
  tags: string[]
  speaker: string | null
  consent?: Note['consent'] | undefined
}

/**
 * Capture during a session. Each call resolves only once the note is durable on disk, so an
 * acknowledged note survives a crash; a burst of captures coalesces into few writes.
 */
export function createCaptureService(notebook: Notebook, now: () => Date = () => new Date()) {
  // Targets are found inside the write: found before an await, a note could be gone by the time
  // the write runs (two deletes of one note once removed the session's last note).
  const indexOf = (session: { captures: Note[] }, noteId: string) => {
    const index = session.captures.findIndex((n) => n.id === noteId)
    if (index === -1) throw new AppError('capture/not-found', `no note ${noteId}`)
    return index
  }

  return {
    add(input: NewNote): Promise<Revised<Note>> {
      return notebook.sessions.appendNote(input.sessionId, (draft) => {
        ensureRoom(draft.captures.length, LIMITS.session.captures, 'notes')
        const consent = input.consent ?? defaultNoteConsent(draft.consent)
        // Stamps strictly increase within a session (even within one millisecond or when the
        // clock steps back), so the order of notes is their time order and "undo delete" can
        // put a note back exactly where it was.
        const last = draft.captures.at(-1)
        const at = new Date(Math.max(now().getTime(), last ? Date.parse(last.createdAt) + 1 : 0))
        const note = noteSchema.parse({
          id: nanoid(),
          blockId: input.blockId,
          type: input.type,
          text: input.text,
          links: input.links,
          tags: input.tags,
          // An anonymous note carries no speaker, whatever was typed.
          speaker: consent === 'anonymous' ? null : input.speaker,
          consent,
          createdAt: at.toISOString(),
          elapsedSeconds: draft.live.startedAt
            ? Math.max(0, Math.floor((at.getTime() - Date.parse(draft.live.startedAt)) / 1000))
            : null
        } satisfies Note)
        draft.captures.push(note)
        return note
      })
    },

    async update(
      sessionId: string,
      noteId: string,
      patch: Partial<Pick<Note, 'type' | 'text' | 'links' | 'tags' | 'speaker' | 'consent'>>,
      expectedRevision?: number
    ): Promise<Revised<Note>> {
      return notebook.sessions.journalled(
        sessionId,
        (draft) => {
          const index = indexOf(draft, noteId)
          const next = noteSchema.parse({ ...draft.captures[index], ...stripUndefined(patch) })
          if (next.consent === 'anonymous') next.speaker = null
          // Replace the object rather than edit it: the session serialiser caches each note's JSON by identity.
          draft.captures[index] = next
          return { value: next, op: { op: 'note', note: next } }
        },
        expectedRevision
      )
    },

    /** Returns the removed note so the UI can offer "undo" (restore puts it back where it was). */
    remove(sessionId: string, noteId: string, expectedRevision?: number): Promise<Revised<Note>> {
      return notebook.sessions.journalled(
        sessionId,
        (draft) => ({
          value: draft.captures.splice(indexOf(draft, noteId), 1)[0]!,
          op: { op: 'drop-note', noteId }
        }),
        expectedRevision
      )
    },

    restore(sessionId: string, note: Note, expectedRevision?: number): Promise<Revised<Note>> {
      const checked = noteSchema.parse(note)
      return notebook.sessions.journalled(
        sessionId,
        (draft) => {
          if (!draft.captures.some((n) => n.id === checked.id))
            ensureRoom(draft.captures.length, LIMITS.session.captures, 'notes')
          insertByTime(draft.captures, checked)
          return { value: checked, op: { op: 'restore-note', note: checked } }
        },
        expectedRevision
      )
    },

    async addStep(
      input: {
        sessionId: string
        personaId: string
        place: JourneyStep['place']
        label: string
        outcome: JourneyStep['outcome']
        note: string
      },
      expectedRevision?: number
    ): Promise<Revised<JourneyStep>> {
      const { sessionId, ...fields } = input
      const step = journeyStepSchema.parse({ id: nanoid(), createdAt: now().toISOString(), ...fields })
      return notebook.sessions.mutate(
        sessionId,
        (draft) => {
          if (!draft.personas.some((p) => p.id === input.personaId))
            throw new AppError('validation/invalid-input', `no persona ${input.personaId}`)
          ensureRoom(draft.journeys.length, LIMITS.session.journeys, 'journey steps')
          draft.journeys.push(step)
          return step
        },
        expectedRevision
      )
    },

    updateStep(
      sessionId: string,
      stepId: string,
      patch: Partial<Pick<JourneyStep, 'place' | 'label' | 'outcome' | 'note'>>,
      expectedRevision?: number
    ): Promise<Revised<JourneyStep>> {
      return notebook.sessions.mutate(
        sessionId,
        (draft) => {
          const index = draft.journeys.findIndex((s) => s.id === stepId)
          if (index === -1) throw new AppError('capture/not-found', `no journey step ${stepId}`)
          const next = journeyStepSchema.parse({ ...draft.journeys[index], ...stripUndefined(patch) })
          draft.journeys[index] = next
          return next
        },
        expectedRevision
      )
    },

    removeStep(sessionId: string, stepId: string, expectedRevision?: number): Promise<Revised<null>> {
      return notebook.sessions.mutate(
        sessionId,
        (draft) => {
          const index = draft.journeys.findIndex((s) => s.id === stepId)
          if (index === -1) throw new AppError('capture/not-found', `no journey step ${stepId}`)
          draft.journeys.splice(index, 1)
          return null
        },
        expectedRevision
      )
    },

    /** Record when a block actually started or ended; the first start also starts the session clock. */
    mark(
      sessionId: string,
      blockId: string,
      event: 'start' | 'end',
      expectedRevision?: number
    ): Promise<Revised<LiveState>> {
      const stamp = now().toISOString()
      return notebook.sessions.journalled(
        sessionId,
        (draft) => {
          if (!draft.blocks.some((b) => b.id === blockId))
            throw new AppError('validation/invalid-input', `no block ${blockId}`)
          draft.live.startedAt ??= stamp
          const entry = draft.live.blocks[blockId]
          if (event === 'start') draft.live.blocks[blockId] = { start: entry?.start ?? stamp, end: null }
          else if (entry) entry.end = stamp
          else draft.live.blocks[blockId] = { start: stamp, end: stamp }
          return { value: structuredClone(draft.live), op: { op: 'live', live: structuredClone(draft.live) } }
        },
        expectedRevision
      )
    }
  }
}
