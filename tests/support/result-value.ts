/** Unwrap a dispatcher Result in a test, failing loudly with the error if the call was refused. */
export async function value<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>
): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}
