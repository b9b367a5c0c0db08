import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Language } from '../../../shared/i18n/languages'
import type { ProjectorView } from '../../../shared/projector/view'
import { call } from './client'
import { keys } from './keys'
import { addressOf } from './transport'

/** The projector asks again this often: it follows live mode without anyone touching it. */
export const PROJECTOR_POLL_MS = 1000

/** The projector's route, for a session (the projector window or tab loads it). */
export const projectorHash = (sessionId: string) => `#/projector/${encodeURIComponent(sessionId)}`

/** What the projector shows; polled, since nothing pushes changes to a page. */
export function useProjectorView(sessionId: string, pollMs = PROJECTOR_POLL_MS) {
  return useQuery({
    queryKey: keys.projector(sessionId),
    queryFn: () => call('projector:state', { sessionId }),
    refetchInterval: pollMs,
    refetchIntervalInBackground: true
  })
}

export interface ProjectorChange {
  blank?: boolean
  languages?: Language[]
}

/** Blank or languages, shown at once (blanking empties the screen before main has answered). */
export function useSetProjector(sessionId: string) {
  const client = useQueryClient()
  const key = keys.projector(sessionId)
  return useMutation({
    mutationFn: (change: ProjectorChange) => call('projector:set', { sessionId, ...change }),
    onMutate: async (change) => {
      await client.cancelQueries({ queryKey: key })
      client.setQueryData<ProjectorView>(key, (old) => {
        if (!old) return old
        const settings = { ...old.settings, ...change }
        return { settings, screen: change.blank === true ? null : old.screen }
      })
    },
    onSuccess: (view) => client.setQueryData(key, view),
    onError: () => client.invalidateQueries({ queryKey: key })
  })
}

/**
 * Desktop: main opens (or brings forward) the projector's own window. Browser mode: a second tab,
 * named so that pressing again brings back the same tab instead of opening another.
 */
export async function openProjectorView(sessionId: string): Promise<void> {
  if (window.passerelle) {
    await call('projector:open', { sessionId })
    return
  }
  window.open(addressOf(projectorHash(sessionId)), `passerelle-projector-${sessionId}`)
}
