/**
 * Stable error codes. They cross every boundary (IPC, HTTP, UI) as data, never as thrown objects;
 * the renderer turns each into a sentence in the user's language via the `errors.<code>` keys.
 * Never rename a code: tests, logs and translations depend on it.
 */
export const ERROR_CODES = [
  'validation/invalid-input',
  'ipc/unknown-channel',
  'ipc/forbidden-sender',
  'http/unauthorized',
  'http/unreachable',
  'http/too-large',
  'storage/read-failed',
  'storage/write-failed',
  'storage/read-only',
  'storage/locked',
  'storage/conflict',
  'storage/corrupt-file',
  'session/not-found',
  'session/limit-reached',
  'capture/not-found',
  'catalog/unknown-template',
  'library/not-found',
  'import/too-large',
  'import/not-utf8',
  'import/not-json',
  'import/too-deep',
  'import/hostile-key',
  'import/not-a-pack',
  'import/missing-language',
  'import/invalid',
  'import/already-installed',
  'import/exists',
  'import/not-a-session',
  'import/newer-version',
  'backup/not-found',
  'backup/invalid',
  'export/cancelled',
  'export/failed',
  'export/destination',
  'insights/limit-reached',
  'insights/not-found',
  'tags/undo-expired',
  'external/not-allowed',
  'external/unavailable',
  'crypto/locked',
  'crypto/wrong-passphrase',
  'crypto/tampered',
  'crypto/passphrase-required',
  'crypto/not-protected',
  'crypto/already-protected',
  'projector/no-window',
  'room/not-open',
  'room/already-open',
  'room/unavailable-address',
  'room/item-not-found',
  'room/listen-failed',
  'internal/unexpected'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorIssue {
  path: string
  message: string
}

export interface AppErrorData {
  code: ErrorCode
  /** English, for logs and developers; users see the translation of `code`. */
  message: string
  issues?: ErrorIssue[]
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[] | undefined

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }

  toData(): AppErrorData {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, issues?: ErrorIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message }
})

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
