import { IMPORT_FILE_MAX_BYTES } from '../../../shared/ipc/request-limits'
import { ApiError } from '../api/client'

export type PickedFile = { ok: true; text: string } | { ok: false; error: ApiError }

const refuse = (code: 'import/too-large' | 'import/not-utf8' | 'internal/unexpected', message: string) => ({
  ok: false as const,
  error: new ApiError({ code, message })
})

/**
 * The text of a file the user picked, checked where its bytes are: once it is a string, nothing
 * can tell a real U+FFFD from one that replaced bytes that were not UTF-8 (`Blob.text()` does that
 * silently), so a file that is not UTF-8 is refused here, before anything is sent. A file larger
 * than every import limit is refused without being read at all.
 */
export async function readJsonFile(file: Blob): Promise<PickedFile> {
  if (file.size > IMPORT_FILE_MAX_BYTES) return refuse('import/too-large', `${file.size} bytes`)
  let bytes: ArrayBuffer
  try {
    bytes = await file.arrayBuffer()
  } catch (error) {
    return refuse('internal/unexpected', `cannot read the file (${String(error)})`)
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return refuse('import/not-utf8', 'the file is not UTF-8 text')
  }
}
