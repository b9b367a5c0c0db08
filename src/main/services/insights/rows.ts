import type { InsightRow } from '../../../shared/insights/query'
import type { Note } from '../../../shared/planning/capture'
import type { Session } from '../../../shared/planning/session'

/** What every row of one session shares, worked out once per session change, not per note. */
export interface SessionFacts {
  sessionId: string
  title: string
  place: string
  date: string | null
  origin: string | null
  blockTitles: Map<string, string>
  clusterOf: Map<string, string>
  votes: Readonly<Record<string, number>>
}

export function factsOf(session: Readonly<Session>, origin: string | null): SessionFacts {
  const clusterOf = new Map<string, string>()
  for (const cluster of session.synthesis.clusters)
    for (const id of cluster.noteIds) if (!clusterOf.has(id)) clusterOf.set(id, cluster.name)
  return {
    sessionId: session.id,
    title: session.title,
    place: session.place.trim(),
    date: session.date,
    origin,
    blockTitles: new Map(session.blocks.map((b) => [b.id, b.title])),
    clusterOf,
    votes: session.synthesis.noteVotes
  }
}

export function rowOf(facts: SessionFacts, note: Readonly<Note>): InsightRow {
  return {
    sessionId: facts.sessionId,
    noteId: note.id,
    sessionTitle: facts.title,
    place: facts.place,
    day: facts.date ?? note.createdAt.slice(0, 10),
    createdAt: note.createdAt,
    type: note.type,
    text: note.text,
    tags: [...note.tags],
    consent: note.consent,
    speaker: note.speaker,
    blockId: note.blockId,
    blockTitle: note.blockId === null ? null : (facts.blockTitles.get(note.blockId) ?? null),
    links: [...note.links],
    cluster: facts.clusterOf.get(note.id) ?? null,
    votes: facts.votes[note.id] ?? 0,
    origin: facts.origin
  }
}

/** Two rows that would show and search the same (an unchanged note is not re-indexed). */
export function sameRow(a: InsightRow, b: InsightRow): boolean {
  return (
    a.text === b.text &&
    a.type === b.type &&
    a.consent === b.consent &&
    a.speaker === b.speaker &&
    a.votes === b.votes &&
    a.cluster === b.cluster &&
    a.day === b.day &&
    a.sessionTitle === b.sessionTitle &&
    a.place === b.place &&
    a.origin === b.origin &&
    a.blockTitle === b.blockTitle &&
    a.tags.join(' ') === b.tags.join(' ') &&
    a.links.join(' ') === b.links.join(' ')
  )
}

export const keyOf = (sessionId: string, noteId: string) => `${sessionId}/${noteId}`
