import { AppError, fail, ok, type Result } from '../shared/errors'
import { toIssues } from '../shared/zod-issues'
import { isChannel, type Channel } from '../shared/ipc/channels'
import { contract, type Output, type ParsedInput } from '../shared/ipc/contract'

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> }

/** The single entry point both transports (Electron IPC and browser-mode HTTP) call. */
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>

/**
 * Validate with the channel's schema, call the service, return a Result. Errors never cross a
 * boundary as thrown objects; anything unexpected is logged here and reported only by its code.
 */
export function createDispatcher(
  handlers: Handlers,
  logError: (error: unknown) => void = console.error,
  /** Throws an AppError to refuse a channel before anything else (the notebook lock). */
  guard: (channel: Channel) => void = () => undefined
): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel))
      return fail('ipc/unknown-channel', `unknown channel ${JSON.stringify(channel.slice(0, 60))}`)
    try {
      guard(channel)
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      throw error
    }
    const parsed = contract[channel].input.safeParse(input)
    if (!parsed.success)
      return fail('validation/invalid-input', `invalid input for ${channel}`, toIssues(parsed.error))
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      logError(error)
      return fail('internal/unexpected', `unexpected failure in ${channel}`)
    }
  }
}
