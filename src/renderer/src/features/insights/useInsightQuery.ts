import { useCallback, useMemo } from 'react'
import { useLocation } from 'wouter'
import { queryToSearch, searchToQuery, type InsightQuery } from '../../../../shared/insights/query'

const BASE = '/insights'

/**
 * The Insights query lives in the address (`#/insights/q=vivienda&place=Valencia`), so a view can
 * be bookmarked, reopened and shared as a link. Read from the raw address (no decoding twice);
 * each change replaces the entry instead of stacking history.
 */
export function useInsightQuery(): [InsightQuery, (next: InsightQuery) => void] {
  const [location, navigate] = useLocation()
  const raw = location.startsWith(`${BASE}/`) ? location.slice(BASE.length + 1) : ''
  const query = useMemo(() => searchToQuery(raw), [raw])
  const setQuery = useCallback(
    (next: InsightQuery) => {
      const search = queryToSearch(next)
      navigate(search ? `${BASE}/${search}` : BASE, { replace: true })
    },
    [navigate]
  )
  return [query, setQuery]
}

export const insightsHref = (query: InsightQuery): string => {
  const search = queryToSearch(query)
  return search ? `${BASE}/${search}` : BASE
}
