import { Skeleton } from '@mantine/core'
import { useMemo, type ReactNode } from 'react'
import type { InsightQuery, InsightRow } from '../../../../shared/insights/query'
import { INSIGHT_PAGE, useInsightsPage } from '../../api/insights'
import { VirtualList } from '../../components/VirtualList'
import { InsightRowView } from './InsightRowView'

/**
 * Every matching note, however many: the list draws only the rows in view, and each row asks for
 * its page of results (100 rows, shared by the rows of that page) when it first scrolls into view.
 */
export function InsightList({
  query,
  total,
  terms,
  label,
  action
}: {
  query: InsightQuery
  total: number
  terms: string[]
  label: string
  action?: (row: InsightRow) => ReactNode
}) {
  const indices = useMemo(() => Array.from({ length: total }, (_, i) => i), [total])
  return (
    <VirtualList
      items={indices}
      getKey={(i) => String(i)}
      estimateSize={96}
      gap={6}
      label={label}
      maxHeight="fill"
      fill={{ min: 320, bottom: 24 }}
      itemTestId="insight-item"
      testId="insight-list"
      renderItem={(i) => <PagedRow query={query} index={i} terms={terms} action={action} />}
    />
  )
}

function PagedRow({
  query,
  index,
  terms,
  action
}: {
  query: InsightQuery
  index: number
  terms: string[]
  action: ((row: InsightRow) => ReactNode) | undefined
}) {
  const page = useInsightsPage(query, Math.floor(index / INSIGHT_PAGE))
  const row = page.data?.rows[index % INSIGHT_PAGE]
  if (!row) return <Skeleton height={72} radius="sm" aria-hidden />
  return <InsightRowView row={row} terms={terms} action={action?.(row)} />
}
