import type { ErrorCode } from '../../../shared/errors'

/** The kind of file an import dialog reads: its refusals name it. */
export type FileSubject = 'pack' | 'session'

/**
 * Refusals whose sentence depends on the kind of file. The other import codes either belong to
 * one kind only (`import/not-a-session`, `import/already-installed`…) or fit any file (`import/hostile-key`).
 */
const FILE_CODES = [
  'import/too-large',
  'import/not-utf8',
  'import/not-json',
  'import/too-deep',
  'import/invalid'
] as const satisfies readonly ErrorCode[]
type FileCode = (typeof FILE_CODES)[number]

const isFileCode = (code: ErrorCode): code is FileCode => (FILE_CODES as readonly string[]).includes(code)

/**
 * Refusals only a session file can earn: a content pack is never sealed. The general sentence for
 * a wrong passphrase is the unlock screen's (recovery key, growing delay), which fits no file.
 */
const SESSION_FILE_CODES = ['crypto/wrong-passphrase'] as const satisfies readonly ErrorCode[]
type SessionFileCode = (typeof SESSION_FILE_CODES)[number]

const isSessionFileCode = (code: ErrorCode): code is SessionFileCode =>
  (SESSION_FILE_CODES as readonly string[]).includes(code)

/** The catalog key for an error: the one that names the file the user chose, when there is one. */
export function errorKey(
  code: ErrorCode,
  subject?: FileSubject
):
  | `errors.${ErrorCode}`
  | `importErrors.${FileSubject}.${FileCode}`
  | `importErrors.session.${SessionFileCode}` {
  if (subject === 'session' && isSessionFileCode(code)) return `importErrors.session.${code}`
  return subject && isFileCode(code) ? `importErrors.${subject}.${code}` : `errors.${code}`
}
