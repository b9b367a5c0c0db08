import type { BriefFile } from '../../shared/domain/export'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { CrossBriefInput } from '../../shared/pdf'
import type { Session } from '../../shared/planning/session'
import { throwIfCancelled } from './render'

/**
 * Main → worker: a cross-session brief. Like a session brief's job (worker-protocol.ts), the input
 * is UTF-8 JSON in buffers that are transferred, not copied: everything but the sessions, then one
 * buffer per session.
 */
export interface CrossBriefJob {
  type: 'cross-brief'
  /** A PDF, or the same definition as a Word file. */
  file: BriefFile
  /** The input with an empty list of sessions. */
  head: Uint8Array
  sessions: Uint8Array[]
  resourcesDir: string
}

/**
 * The input as buffers, one session per turn of the event loop, so many large sessions never hold
 * this thread for long. The list of sessions and each one's notes are copied at once (references
 * only): storage replaces a note rather than change it, so the brief shows the sessions as they
 * were when this was called. Rejects with export/cancelled if the signal fires meanwhile.
 */
export function encodeCrossInput(
  input: CrossBriefInput,
  signal?: AbortSignal
): Promise<Pick<CrossBriefJob, 'head' | 'sessions'>> {
  const utf8 = new TextEncoder()
  const sessions: readonly Session[] = input.sessions.map((s) => ({ ...s, captures: s.captures.slice() }))
  const head = utf8.encode(JSON.stringify({ ...input, sessions: [] }))
  return (async () => {
    const out: Uint8Array[] = []
    for (const [i, session] of sessions.entries()) {
      if (i > 0) await nextTurn()
      throwIfCancelled(signal)
      out.push(utf8.encode(JSON.stringify(session)))
    }
    return { head, sessions: out }
  })()
}

export function decodeCrossInput(job: Pick<CrossBriefJob, 'head' | 'sessions'>): CrossBriefInput {
  const utf8 = new TextDecoder()
  const input = JSON.parse(utf8.decode(job.head)) as Omit<CrossBriefInput, 'generatedAt'> & {
    generatedAt: string
  }
  const sessions = job.sessions.map((bytes) => JSON.parse(utf8.decode(bytes)) as Session)
  return { ...input, sessions, generatedAt: new Date(input.generatedAt) }
}
