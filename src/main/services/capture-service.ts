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
  const find = (session: { captures: Note[] }, noteId: string) => {
    const note = session.captures.find((n) => n.id === noteId)
    if (!note) throw new AppError('capture/not-found', `no note ${noteId}`)
    return note
  }

  return {
    async add(input: NewNote): Promise<Note> {
      const session = await notebook.sessions.peek(input.sessionId)
      const consent = input.consent ?? defaultNoteConsent(session.consent)
      const fields = {
        id: nanoid(),
        blockId: input.blockId,
        type: input.type,
        text: input.text,
        links: input.links,
        tags: input.tags,
        // An anonymous note carries no speaker, whatever was typed.
        speaker: consent === 'anonymous' ? null : input.speaker,
        consent
      }
      return notebook.sessions.appendNote(input.sessionId, (draft) => {
        // Stamps strictly increase within a session (even within one millisecond or when the
        // clock steps back), so the order of notes is their time order and "undo delete" can
        // put a note back exactly where it was.
        const last = draft.captures.at(-1)
        const at = new Date(Math.max(now().getTime(), last ? Date.parse(last.createdAt) + 1 : 0))
        const note = noteSchema.parse({
          ...fields,
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
      patch: Partial<Pick<Note, 'type' | 'text' | 'links' | 'tags' | 'speaker' | 'consent'>>
    ): Promise<Note> {
      const current = find(await notebook.sessions.peek(sessionId), noteId)
      const next = noteSchema.parse({ ...current, ...stripUndefined(patch) })
      if (next.consent === 'anonymous') next.speaker = null
      // Replace the object rather than edit it: the session serialiser caches each note's JSON by identity.
      return notebook.sessions.mutate(sessionId, (draft) => {
        draft.captures[draft.captures.indexOf(find(draft, noteId))] = next
        return next
      })
    },

    /** Returns the removed note so the UI can offer "undo" (restore puts it back where it was). */
    async remove(sessionId: string, noteId: string): Promise<Note> {
      find(await notebook.sessions.peek(sessionId), noteId)
      return notebook.sessions.mutate(sessionId, (draft) => {
        const index = draft.captures.findIndex((n) => n.id === noteId)
        return draft.captures.splice(index, 1)[0]!
      })
    },

    async restore(sessionId: string, note: Note): Promise<Note> {
      const checked = noteSchema.parse(note)
      return notebook.sessions.mutate(sessionId, (draft) => {
        if (draft.captures.some((n) => n.id === checked.id)) return checked
        const at = draft.captures.findIndex((n) => n.createdAt > checked.createdAt)
        draft.captures.splice(at === -1 ? draft.captures.length : at, 0, checked)
        return checked
      })
    },

    async addStep(input: {
      sessionId: string
      personaId: string
      place: JourneyStep['place']
      label: string
      outcome: JourneyStep['outcome']
      note: string
    }): Promise<JourneyStep> {
      const session = await notebook.sessions.peek(input.sessionId)
      if (!session.personas.some((p) => p.id === input.personaId))
        throw new AppError('validation/invalid-input', `no persona ${input.personaId}`)
      const { sessionId, ...fields } = input
      const step = journeyStepSchema.parse({ id: nanoid(), createdAt: now().toISOString(), ...fields })
      return notebook.sessions.mutate(sessionId, (draft) => {
        draft.journeys.push(step)
        return step
      })
    },

    async updateStep(
      sessionId: string,
      stepId: string,
      patch: Partial<Pick<JourneyStep, 'place' | 'label' | 'outcome' | 'note'>>
    ): Promise<JourneyStep> {
      const current = (await notebook.sessions.peek(sessionId)).journeys.find((s) => s.id === stepId)
      if (!current) throw new AppError('capture/not-found', `no journey step ${stepId}`)
      const next = journeyStepSchema.parse({ ...current, ...stripUndefined(patch) })
      return notebook.sessions.mutate(sessionId, (draft) => {
        draft.journeys = draft.journeys.map((s) => (s.id === stepId ? next : s))
        return next
      })
    },

    async removeStep(sessionId: string, stepId: string): Promise<null> {
      if (!(await notebook.sessions.peek(sessionId)).journeys.some((s) => s.id === stepId))
        throw new AppError('capture/not-found', `no journey step ${stepId}`)
      return notebook.sessions.mutate(sessionId, (draft) => {
        draft.journeys = draft.journeys.filter((s) => s.id !== stepId)
        return null
      })
    },

    /** Record when a block actually started or ended; the first start also starts the session clock. */
    async mark(sessionId: string, blockId: string, event: 'start' | 'end'): Promise<LiveState> {
      const session = await notebook.sessions.peek(sessionId)
      if (!session.blocks.some((b) => b.id === blockId))
        throw new AppError('validation/invalid-input', `no block ${blockId}`)
      const stamp = now().toISOString()
      return notebook.sessions.mutate(sessionId, (draft) => {
        draft.live.startedAt ??= stamp
        const entry = draft.live.blocks[blockId]
        if (event === 'start') draft.live.blocks[blockId] = { start: entry?.start ?? stamp, end: null }
        else if (entry) entry.end = stamp
        else draft.live.blocks[blockId] = { start: stamp, end: stamp }
        return structuredClone(draft.live)
      })
    }
  }
}
