import { nanoid } from 'nanoid'
import type { AgendaBlock, Persona, SessionDetails } from '../../shared/planning/session'
import { emptySynthesis } from '../../shared/planning/synthesis'
import { SESSION_FILE_VERSION, sessionFileSchema, type SessionFile, type SessionIndexEntry } from './schemas'

export interface Agenda {
  blocks?: AgendaBlock[]
  personas?: Persona[]
}

/** A new session file: the details and agenda given, and no notes, journeys, live state or synthesis yet. */
export function newSessionFile(details: SessionDetails, agenda: Agenda, stamp: string): SessionFile {
  return {
    schemaVersion: SESSION_FILE_VERSION,
    revision: 0,
    id: nanoid(),
    ...details,
    createdAt: stamp,
    updatedAt: stamp,
    blocks: agenda.blocks ?? [],
    personas: agenda.personas ?? [],
    captures: [],
    journeys: [],
    live: { startedAt: null, blocks: {} },
    synthesis: emptySynthesis()
  }
}

/** What a duplicate keeps: the details and the agenda, blocks and personas under new ids; never the notes. */
export function duplicateOf(source: SessionFile, title: string): { details: SessionDetails; agenda: Agenda } {
  const {
    schemaVersion: _v,
    revision: _r,
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    blocks,
    personas,
    captures: _n,
    journeys: _j,
    live: _l,
    synthesis: _s,
    ...details
  } = source
  return {
    details: { ...details, title },
    agenda: {
      blocks: blocks.map((b) => ({ ...b, id: nanoid(10) })),
      personas: personas.map((p) => ({ ...p, id: nanoid(10) }))
    }
  }
}

/** The line `notebook.json` keeps per session, for listing without opening every file. */
export function indexEntryOf(s: SessionFile): SessionIndexEntry {
  return { id: s.id, title: s.title, date: s.date, updatedAt: s.updatedAt }
}

/** The whole session, except a notes list left as it was (same array), which is only counted. */
export function validateSession(draft: SessionFile, unchanged: SessionFile['captures']) {
  if (draft.captures !== unchanged) return sessionFileSchema.safeParse(draft)
  const checked = sessionFileSchema.safeParse({ ...draft, captures: [] })
  return checked.success ? { ...checked, data: { ...checked.data, captures: unchanged } } : checked
}
