import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AgendaBlock, Persona, Session, SessionDetails } from '../../../../shared/planning/session'
import { call } from '../../api/client'

const listKey = ['sessions'] as const
const sessionKey = (id: string) => ['session', id] as const

export const useSessionList = () => useQuery({ queryKey: listKey, queryFn: () => call('sessions:list') })
export const useCatalog = () =>
  useQuery({ queryKey: ['catalog'], queryFn: () => call('catalog:get'), staleTime: Infinity })
export const useSession = (id: string) =>
  useQuery({ queryKey: sessionKey(id), queryFn: () => call('sessions:get', { id }) })

/** Every session mutation refreshes that session and the list from what main actually stored. */
function useSessionMutation<I>(fn: (input: I) => Promise<Session | null>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      if (saved) client.setQueryData(sessionKey(saved.id), saved)
      void client.invalidateQueries({ queryKey: listKey })
    }
  })
}

export const useCreateSession = () =>
  useSessionMutation(
    (input: {
      title: string
      templateId?: string
      date?: string | null
      startTime?: string
      language?: 'en' | 'es' | 'fr'
    }) => call('sessions:create', input)
  )
export const useUpdateSession = () =>
  useSessionMutation((input: { id: string; details: Partial<SessionDetails> }) =>
    call('sessions:update', input)
  )
export const useSetAgenda = () =>
  useSessionMutation((input: { id: string; blocks: AgendaBlock[] }) => call('sessions:set-agenda', input))
export const useSetPersonas = () =>
  useSessionMutation((input: { id: string; personas: Persona[] }) => call('sessions:set-personas', input))
export const useDuplicateSession = () =>
  useSessionMutation((input: { id: string; title: string }) => call('sessions:duplicate', input))
export const useDeleteSession = () => useSessionMutation((id: string) => call('sessions:delete', { id }))
export const useRestoreSession = () => useSessionMutation((id: string) => call('sessions:restore', { id }))

export const useOwnTemplates = () =>
  useQuery({ queryKey: ['own-templates'], queryFn: () => call('templates:list') })

export function useSaveTemplate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; title: string }) => call('templates:save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['own-templates'] })
  })
}
