import {
  useMutation,
  useMutationState,
  useQueryClient,
  type MutateOptions,
  type QueryKey
} from '@tanstack/react-query'
import { errorCodeOf } from './client'
import { revisionChain } from './revision-chain'

/** A stored document the renderer caches under one query key and edits by revision. */
export interface RevisionedDoc<D> {
  /** Names the document in the revision chain and in the mutation queue, e.g. `session:abc`. */
  name: string
  key: QueryKey
  revisionOf: (data: D) => number
  withRevision: (data: D, revision: number) => D
}

interface Sent<V> {
  vars: V
  basedOn: number | undefined
}

export interface Callbacks<O> {
  onSuccess?: (output: O) => void
  onError?: (error: Error) => void
}

export interface RevisedMutationOptions<D, V, O> {
  /** The channel, for the mutation key (pending state per action). */
  name: string
  run: (vars: V, expectedRevision: number | undefined) => Promise<O>
  /** How the result changes the cached document: a pure function, never a refetch. */
  patch?: (data: D, output: O, vars: V) => D
  /** Appends commute (captures): they send no revision and leave the cached one alone. */
  unrevisioned?: boolean
}

/**
 * The one way the renderer changes a stored document. Changes to one document run one after the
 * other (TanStack's mutation scope), each sending the revision the user's view was based on;
 * the result patches the cache in place. On `storage/conflict` the document is fetched again so
 * the screen shows the current state; the caller keeps what the user typed.
 */
export function useRevisedMutation<D, V, O extends { revision: number }>(
  doc: RevisionedDoc<D>,
  options: RevisedMutationOptions<D, V, O>
) {
  const client = useQueryClient()
  const mutationKey = [doc.name, options.name]
  const mutation = useMutation({
    mutationKey,
    scope: { id: doc.name },
    mutationFn: async ({ vars, basedOn }: Sent<V>) => {
      const expected = basedOn === undefined ? undefined : revisionChain.follow(doc.name, basedOn)
      return { output: await options.run(vars, expected), expected }
    },
    onSuccess: async ({ output, expected }, { vars }) => {
      if (expected !== undefined) revisionChain.record(doc.name, expected, output.revision)
      // A fetch started before this change would land after it and hide it.
      await client.cancelQueries({ queryKey: doc.key })
      client.setQueryData<D>(doc.key, (data) => {
        if (data === undefined) return data
        const next = options.patch ? options.patch(data, output, vars) : data
        return expected === undefined
          ? next
          : doc.withRevision(next, Math.max(doc.revisionOf(next), output.revision))
      })
    },
    onError: (error) => {
      if (errorCodeOf(error) === 'storage/conflict') void client.invalidateQueries({ queryKey: doc.key })
    }
  })
  const pending = useMutationState({
    filters: { mutationKey, status: 'pending' },
    select: (m) => (m.state.variables as Sent<V> | undefined)?.vars
  })
  const cachedRevision = () => {
    const data = client.getQueryData<D>(doc.key)
    return data === undefined ? undefined : doc.revisionOf(data)
  }
  const send = (vars: V, basedOn: number | undefined, callbacks: Callbacks<O> = {}) => {
    const adapted: MutateOptions<{ output: O; expected: number | undefined }, Error, Sent<V>> = {}
    if (callbacks.onSuccess) adapted.onSuccess = ({ output }) => callbacks.onSuccess?.(output)
    if (callbacks.onError) adapted.onError = (error) => callbacks.onError?.(error)
    mutation.mutate({ vars, basedOn: options.unrevisioned ? undefined : basedOn }, adapted)
  }
  return {
    /** Based on the revision now on screen. */
    mutate: (vars: V, callbacks?: Callbacks<O>) => send(vars, cachedRevision(), callbacks),
    /** Based on an editor's draft: the revision the user started typing on. */
    mutateFrom: (basedOn: number, vars: V, callbacks?: Callbacks<O>) => send(vars, basedOn, callbacks),
    reset: mutation.reset,
    isPending: mutation.isPending,
    isSuccess: mutation.isSuccess,
    error: mutation.error,
    data: mutation.data?.output,
    variables: mutation.variables?.vars,
    /** Every call of this action still in flight or queued (buttons for those targets stay disabled). */
    pending: pending.filter((v): v is V => v !== undefined)
  }
}
