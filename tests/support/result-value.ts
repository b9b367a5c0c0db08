import { AppError } from '../../src/shared/errors'
/** Unwrap a dispatcher Result in a test, failing loudly with the error if the call was refused. */
export async function value<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>
): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

/** The stable code a rejected promise carries ("resolved" if it did not reject). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    return error instanceof AppError ? error.code : `other: ${String(error)}`
  }
}

/** Unwrap a mutation's `{ value, revision }` answer to its value. */
export async function revised<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>
): Promise<T> {
  return (await value<{ value: T; revision: number }>(result)).value
}
