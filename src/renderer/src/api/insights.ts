import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryToSearch, type InsightQuery } from '../../../shared/insights/query'
import type { Input } from '../../../shared/ipc/contract'
import { call } from './client'
import { keys } from './keys'

/** Rows one request brings; the list asks for the pages it shows, as it scrolls. */
export const INSIGHT_PAGE = 100

/** One page of results for a query; the first page also carries the totals and facet counts. */
export function useInsightsPage(query: InsightQuery, page: number) {
  return useQuery({
    queryKey: keys.insightsPage(queryToSearch(query), page),
    queryFn: () => call('insights:search', { query, offset: page * INSIGHT_PAGE, limit: INSIGHT_PAGE }),
    placeholderData: (previous) => (page === 0 ? previous : undefined),
    // While the index is still being built at start-up, ask again shortly.
    refetchInterval: (q) => (q.state.data && !q.state.data.ready ? 500 : false)
  })
}

export const useTags = (enabled = true) =>
  useQuery({ queryKey: keys.tags, queryFn: () => call('insights:tags'), enabled, staleTime: 30_000 })
export const useViews = () => useQuery({ queryKey: keys.views, queryFn: () => call('views:list') })
export const useBoards = () => useQuery({ queryKey: keys.boards, queryFn: () => call('boards:list') })
export const useBoard = (boardId: string) =>
  useQuery({ queryKey: keys.board(boardId), queryFn: () => call('boards:get', { boardId }) })

/** A change to what Insights keeps (views, boards) or to the notes: every Insights query is refreshed. */
function useInsightsChange<C extends Parameters<typeof call>[0]>(channel: C) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<C>) =>
      (call as (c: C, i: Input<C>) => ReturnType<typeof call<C>>)(channel, input),
    onSettled: () => client.invalidateQueries({ queryKey: keys.insightsAll })
  })
}

export const useSaveView = () => useInsightsChange('views:save')
export const useDeleteView = () => useInsightsChange('views:delete')
export const useCreateBoard = () => useInsightsChange('boards:create')
export const useDeleteBoard = () => useInsightsChange('boards:delete')
export const useBoardChange = <
  C extends 'boards:add-theme' | 'boards:rename-theme' | 'boards:delete-theme' | 'boards:place'
>(
  channel: C
) => useInsightsChange(channel)

/** Tag renames change notes in sessions too: their cached copies are refreshed with Insights. */
export function useTagRename() {
  const client = useQueryClient()
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.insightsAll }),
      client.invalidateQueries({ queryKey: ['session'] })
    ])
  return {
    preview: (input: Input<'tags:preview-rename'>) => call('tags:preview-rename', input),
    rename: useMutation({
      mutationFn: (input: Input<'tags:rename'>) => call('tags:rename', input),
      onSettled: refresh
    }),
    undo: useMutation({
      mutationFn: (input: Input<'tags:undo-rename'>) => call('tags:undo-rename', input),
      onSettled: refresh
    })
  }
}
