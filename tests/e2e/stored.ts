import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JOURNAL_SUFFIX, replay } from '../../src/main/storage/journalled-stores'
import { NoteJournal } from '../../src/main/storage/note-journal'
import { sessionSchema, type Session } from '../../src/shared/planning/session'

/**
 * A session as it is on disk — its file plus its journal (captures, votes, moves and marks are
 * appended lines until the next whole-file write folds them in) — read the way the app reads
 * them after a crash. `id` defaults to the notebook's first session.
 */
export async function storedSession(dataDir: string, id?: string): Promise<Session> {
  const notebook = join(dataDir, 'notebook')
  const sessionId =
    id ??
    (
      JSON.parse(await readFile(join(notebook, 'notebook.json'), 'utf8')) as {
        sessions: Array<{ id: string }>
      }
    ).sessions[0]!.id
  const base = join(notebook, 'sessions', sessionId)
  const file = sessionSchema.parse(JSON.parse(await readFile(`${base}.json`, 'utf8')))
  replay(file, (await NoteJournal.read(`${base}${JOURNAL_SUFFIX}`)).entries)
  return file
}
