import type { Note } from '../../shared/planning/capture'
import type { DocumentStore, Revised } from './document-store'
import type { JournalOpBody } from './journal-ops'
import type { JournalledStores } from './journalled-stores'
import { notesTouchedBy, type SessionEvents } from './session-events'
import type { SessionFile } from './schemas'

/**
 * SessionsRepo's writes that cost one journal line instead of a rewrite of the session file, and
 * who is told of them. Listeners hear of every one, even one whose append failed: its change is
 * already in memory and the next write of the session file carries it.
 */

/** A captured note, appended; a capture leaves the revision as it is (captures commute). */
export async function appendNote(
  files: JournalledStores,
  events: SessionEvents,
  id: string,
  store: DocumentStore<SessionFile>,
  add: (draft: SessionFile) => Note
): Promise<Revised<Note>> {
  let added: string | undefined
  try {
    // Read inside the change, so the revision is the one the note was added at.
    let revision = 0
    const value = await files.append(id, store, (draft) => {
      revision = draft.revision
      const note = add(draft)
      added = note.id
      return note
    })
    return { value, revision }
  } finally {
    events.changed(id, added === undefined ? undefined : [added])
  }
}

/** A small change (vote, move, live mark, note edit), appended as the op `change` returns. */
export async function appendOp<T>(
  files: JournalledStores,
  events: SessionEvents,
  id: string,
  store: DocumentStore<SessionFile>,
  change: (draft: SessionFile) => { value: T; op: JournalOpBody },
  expectedRevision?: number
): Promise<Revised<T>> {
  let op: JournalOpBody | undefined
  try {
    return await files.appendOp(
      id,
      store,
      (draft) => {
        const result = change(draft)
        op = result.op
        return result
      },
      expectedRevision
    )
  } finally {
    events.changed(id, op && notesTouchedBy(op))
  }
}
