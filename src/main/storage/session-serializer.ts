import type { SessionFile } from './schemas'

/** UTF-8 JSON of each captured note, by object identity: notes are replaced, never edited in place. */
const noteBytes = new WeakMap<object, Buffer>()
const COMMA = Buffer.from(',')
const TAIL = Buffer.from(']}')

/**
 * Serialise a session so that a capture costs the new note, not the whole history: each note's
 * UTF-8 JSON is computed once and reused, only the small rest of the session is stringified again,
 * and the file is assembled as bytes (no re-encoding of a megabyte string per capture).
 * Correct only because code that changes a note replaces the object — see the capture service.
 */
export function serializeSession(session: SessionFile): Buffer {
  const { captures, ...rest } = session
  const head = JSON.stringify(rest)
  const parts: Buffer[] = [Buffer.from(`${head.slice(0, -1)},"captures":[`)]
  captures.forEach((note, i) => {
    let bytes = noteBytes.get(note)
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(note))
      noteBytes.set(note, bytes)
    }
    if (i > 0) parts.push(COMMA)
    parts.push(bytes)
  })
  parts.push(TAIL)
  return Buffer.concat(parts)
}
