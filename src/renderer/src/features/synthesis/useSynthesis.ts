import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ActionItem, Synthesis } from '../../../../shared/planning/synthesis'
import type { Session } from '../../../../shared/planning/session'
import { call } from '../../api/client'

/** Each change lands in the cached session once main has written it to disk. */
export function useSynthesisMutations(sessionId: string) {
  const client = useQueryClient()
  const key = ['session', sessionId] as const
  const patch = (fn: (s: Synthesis) => Synthesis) =>
    client.setQueryData<Session>(key, (s) => (s ? { ...s, synthesis: fn(s.synthesis) } : s))
  const replace = (synthesis: Synthesis) => patch(() => synthesis)
  const replaceAction = (action: ActionItem) =>
    patch((s) => ({ ...s, actions: s.actions.map((a) => (a.id === action.id ? action : a)) }))

  return {
    addCluster: useMutation({
      mutationFn: (input: { name: string; noteIds?: string[] }) =>
        call('synthesis:add-cluster', { sessionId, ...input }),
      onSuccess: () => client.invalidateQueries({ queryKey: key })
    }),
    updateCluster: useMutation({
      mutationFn: (input: { clusterId: string; patch: { name?: string; votes?: number } }) =>
        call('synthesis:update-cluster', { sessionId, ...input }),
      onSuccess: (cluster) =>
        patch((s) => ({ ...s, clusters: s.clusters.map((c) => (c.id === cluster.id ? cluster : c)) }))
    }),
    deleteCluster: useMutation({
      mutationFn: (clusterId: string) => call('synthesis:delete-cluster', { sessionId, clusterId }),
      onSuccess: replace
    }),
    placeNote: useMutation({
      mutationFn: (input: { noteId: string; clusterId: string | null; index?: number }) =>
        call('synthesis:place-note', { sessionId, ...input }),
      onSuccess: replace
    }),
    voteNote: useMutation({
      mutationFn: (input: { noteId: string; votes: number }) =>
        call('synthesis:vote-note', { sessionId, ...input }),
      onSuccess: (votes, { noteId }) =>
        patch((s) => {
          const noteVotes = { ...s.noteVotes }
          if (votes === 0) delete noteVotes[noteId]
          else noteVotes[noteId] = votes
          return { ...s, noteVotes }
        })
    }),
    addAction: useMutation({
      mutationFn: (input: { text: string; owner: string; due: string | null; noteIds?: string[] }) =>
        call('actions:add', { sessionId, ...input }),
      onSuccess: (action) => patch((s) => ({ ...s, actions: [...s.actions, action] }))
    }),
    updateAction: useMutation({
      mutationFn: (input: {
        actionId: string
        patch: Partial<Pick<ActionItem, 'text' | 'owner' | 'due' | 'done'>>
      }) => call('actions:update', { sessionId, ...input }),
      onSuccess: replaceAction
    }),
    deleteAction: useMutation({
      mutationFn: (actionId: string) => call('actions:delete', { sessionId, actionId }),
      onSuccess: (removed) => patch((s) => ({ ...s, actions: s.actions.filter((a) => a.id !== removed.id) }))
    })
  }
}
