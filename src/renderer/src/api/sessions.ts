import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../shared/ipc/contract'
import type { Session } from '../../../shared/planning/session'
import { call, invoke } from './client'
import { keys } from './keys'
import { useRevisedMutation, type RevisionedDoc } from './revised-mutation'
import { sessionPatches, type SessionChannel, type SessionVars } from './session-patches'

export const useSessionList = () =>
  useQuery({ queryKey: keys.sessions, queryFn: () => call('sessions:list') })
export const useCatalog = () =>
  useQuery({ queryKey: keys.catalog, queryFn: () => call('catalog:get'), staleTime: Infinity })

/** Fetched again when the window gets focus: another window may have changed it meanwhile. */
export const useSession = (id: string) =>
  useQuery({
    queryKey: keys.session(id),
    queryFn: () => call('sessions:get', { id }),
    refetchOnWindowFocus: true
  })

export const sessionDoc = (id: string): RevisionedDoc<Session> => ({
  name: `session:${id}`,
  key: keys.session(id),
  revisionOf: (s) => s.revision,
  withRevision: (s, revision) => (s.revision === revision ? s : { ...s, revision })
})

const idField = (channel: SessionChannel) => (channel.startsWith('sessions:') ? 'id' : 'sessionId')

/**
 * A change to one session through `channel`, typed from the contract: the caller gives the
 * channel's own fields; the session id and the revision the screen was based on are added here,
 * and the result patches the cached session in place.
 */
export function useSessionChange<C extends SessionChannel>(sessionId: string, channel: C) {
  const client = useQueryClient()
  return useRevisedMutation(sessionDoc(sessionId), {
    name: channel,
    unrevisioned: channel === 'captures:add',
    run: async (vars: SessionVars<C>, expectedRevision) => {
      // Only when there is one: over IPC an undefined key survives and a strict schema refuses it.
      const input = {
        ...vars,
        [idField(channel)]: sessionId,
        ...(expectedRevision === undefined ? {} : { expectedRevision })
      } as Input<C>
      const output = await invoke(channel, input)
      // Titles and dates show in the sessions list.
      if (channel.startsWith('sessions:')) void client.invalidateQueries({ queryKey: keys.sessions })
      return output
    },
    patch: sessionPatches[channel] as (s: Session, output: unknown, vars: SessionVars<C>) => Session
  })
}

/** Creating, copying, deleting and restoring whole sessions: the list changes, no revision applies. */
function useSessionsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      if (isSession(saved)) client.setQueryData(keys.session(saved.id), saved)
      void client.invalidateQueries({ queryKey: keys.sessions })
    }
  })
}

const isSession = (value: unknown): value is Session =>
  typeof value === 'object' && value !== null && 'id' in value && 'captures' in value

export const useCreateSession = () =>
  useSessionsMutation((input: Input<'sessions:create'>) => call('sessions:create', input))
export const useDuplicateSession = () =>
  useSessionsMutation((input: Input<'sessions:duplicate'>) => call('sessions:duplicate', input))
export const useDeleteSession = () => useSessionsMutation((id: string) => call('sessions:delete', { id }))
export const useRestoreSession = () => useSessionsMutation((id: string) => call('sessions:restore', { id }))

export const useOwnTemplates = () =>
  useQuery({ queryKey: keys.templates, queryFn: () => call('templates:list') })

export function useSaveTemplate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'templates:save'>) => call('templates:save', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.templates })
      void client.invalidateQueries({ queryKey: keys.library })
    }
  })
}
