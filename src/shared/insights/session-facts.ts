import type { Session } from '../planning/session'

/** What every note of one session shares; replaced whenever the session changes. */
export interface SessionFacts {
  sessionId: string
  title: string
  place: string
  date: string | null
  origin: string | null
  blockTitles: ReadonlyMap<string, string>
}

export function factsOf(session: Readonly<Session>, origin: string | null): SessionFacts {
  return {
    sessionId: session.id,
    title: session.title,
    place: session.place.trim(),
    date: session.date,
    origin,
    blockTitles: new Map(session.blocks.map((b) => [b.id, b.title]))
  }
}

/** Each note's cluster name and dots, read from its session's synthesis. */
export function synthesisOf(session: Readonly<Session>) {
  const clusterOf = new Map<string, string>()
  for (const cluster of session.synthesis.clusters)
    for (const id of cluster.noteIds) if (!clusterOf.has(id)) clusterOf.set(id, cluster.name)
  return {
    cluster: (noteId: string) => clusterOf.get(noteId) ?? null,
    votes: (noteId: string) => session.synthesis.noteVotes[noteId] ?? 0
  }
}

/** One note's cluster name and dots, without mapping the whole synthesis (a capture's update). */
export function noteSynthesis(session: Readonly<Session>, noteId: string) {
  const cluster = session.synthesis.clusters.find((c) => c.noteIds.includes(noteId))
  return { cluster: cluster?.name ?? null, votes: session.synthesis.noteVotes[noteId] ?? 0 }
}
