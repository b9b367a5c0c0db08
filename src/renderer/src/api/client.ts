import type { AppErrorData, ErrorCode, ErrorIssue } from '../../../shared/errors'
import type { Channel } from '../../../shared/ipc/channels'
import type { Input, Output } from '../../../shared/ipc/contract'
import { pickTransport, type Transport } from './transport'

/** A failed call, carrying the stable code the UI translates. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues: ErrorIssue[]
  constructor(data: AppErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.issues = data.issues ?? []
  }
}

let transport: Transport | null = null
const lockedListeners = new Set<() => void>()

/**
 * Runs `listener` whenever any call is refused because the notebook is locked (idle lock in another
 * window, main locked itself): the UI goes to the lock screen whichever screen asked.
 */
export function onNotebookLocked(listener: () => void): () => void {
  lockedListeners.add(listener)
  return () => lockedListeners.delete(listener)
}

/** Chooses the transport once; in browser mode this also takes the token out of the address bar. */
export function connect(): Transport {
  transport ??= pickTransport()
  return transport
}

/** The error a refused call rejects with; a refusal because the notebook is locked is announced first. */
export function refusal(error: AppErrorData): ApiError {
  if (error.code === 'crypto/locked') for (const listener of lockedListeners) listener()
  return new ApiError(error)
}

/** The only function in the renderer that talks to the outside world. */
export async function call<C extends Channel>(
  channel: C,
  ...input: undefined extends Input<C> ? [Input<C>?] : [Input<C>]
): Promise<Output<C>> {
  const result = await connect()(channel, input[0])
  if (!result.ok) throw refusal(result.error)
  return result.value as Output<C>
}

/** `call` for generic code that builds the input itself (always given, even when optional). */
export function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  return (call as (channel: C, input: Input<C>) => Promise<Output<C>>)(channel, input)
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'internal/unexpected'
}

/** Errors about reaching the backend at all; the shell's banner reports these once for every screen. */
export function isTransportError(error: unknown): boolean {
  const code = errorCodeOf(error)
  return code === 'http/unauthorized' || code === 'http/unreachable'
}
