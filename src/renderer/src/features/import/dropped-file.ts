import {
  importKindByName,
  importKindOf,
  mightBeOurs,
  pickOne,
  type ImportKind
} from '../../../../shared/desktop/file-kinds'
import { ApiError } from '../../api/client'
import { readJsonFile } from '../../components/read-json-file'
import type { PickedImport } from './picked-file'

export interface OpenedImport {
  kind: ImportKind
  file: PickedImport
}

/**
 * A file dropped on the window, read the way the Import buttons read one (File API: its text,
 * never its path), and sent to the preview its name or declared format calls for. A file that is
 * not JSON is refused unread, with the usual words.
 */
export async function openDroppedFiles(files: readonly File[]): Promise<OpenedImport | null> {
  const file = pickOne(files, (f) => f.name)
  if (!file) return null
  const byName = importKindByName(file.name)
  if (!mightBeOurs(file.name)) {
    const error = new ApiError({ code: 'import/not-a-session', message: 'not a .json file' })
    return { kind: byName ?? 'session', file: { error } }
  }
  const read = await readJsonFile(file)
  if (!read.ok) return { kind: byName ?? 'session', file: { error: read.error } }
  return { kind: importKindOf(file.name, read.text), file: { content: read.text } }
}

/** Only drags that carry files are ours to take; text dragged between fields is left alone. */
export const carriesFiles = (event: DragEvent): boolean =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files')
