import { useSessionChange } from '../../api/sessions'

/** Synthesis changes: each lands in the cached session once main has written it to disk. */
export function useSynthesisMutations(sessionId: string) {
  return {
    addCluster: useSessionChange(sessionId, 'synthesis:add-cluster'),
    updateCluster: useSessionChange(sessionId, 'synthesis:update-cluster'),
    deleteCluster: useSessionChange(sessionId, 'synthesis:delete-cluster'),
    placeNote: useSessionChange(sessionId, 'synthesis:place-note'),
    voteNote: useSessionChange(sessionId, 'synthesis:vote-note'),
    addAction: useSessionChange(sessionId, 'actions:add'),
    updateAction: useSessionChange(sessionId, 'actions:update'),
    deleteAction: useSessionChange(sessionId, 'actions:delete')
  }
}
