import { Skeleton } from '@mantine/core'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { InsightQuery, InsightRow } from '../../../../shared/insights/query'
import { INSIGHT_PAGE, useInsightsPage } from '../../api/insights'
import { VirtualList } from '../../components/VirtualList'
import { InsightRowView } from './InsightRowView'

/** Rows the list holds at first, and adds each time the reader nears its end. */
const STEP = 500

/**
 * Every matching note, however many: the list draws only the rows in view, and each row asks for
 * its page of results (100 rows, shared by the rows of that page) when it first scrolls into view.
 * The list itself grows 500 rows at a time as the reader scrolls: laying out 100,000 rows' places
 * up front cost 200 ms before the first row showed (screen readers are still told the full count).
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
  const [limit, setLimit] = useState(STEP)
  const count = Math.min(total, limit)
  const indices = useMemo(() => Array.from({ length: count }, (_, i) => i), [count])
  const nearEnd = count < total ? count - 20 : Infinity
  const grow = () => setLimit((l) => (l < count + STEP ? count + STEP : l))
  return (
    <VirtualList
      items={indices}
      setSize={total}
      getKey={(i) => String(i)}
      estimateSize={96}
      gap={6}
      label={label}
      maxHeight="fill"
      fill={{ min: 320, bottom: 24 }}
      itemTestId="insight-item"
      testId="insight-list"
      renderItem={(i) => (
        <PagedRow
          query={query}
          index={i}
          terms={terms}
          action={action}
          onShown={i >= nearEnd ? grow : undefined}
        />
      )}
    />
  )
}

function PagedRow({
  query,
  index,
  terms,
  action,
  onShown
}: {
  query: InsightQuery
  index: number
  terms: string[]
  action: ((row: InsightRow) => ReactNode) | undefined
  /** Set on the rows near the end of what the list holds: showing one asks for more. */
  onShown: (() => void) | undefined
}) {
  useEffect(() => onShown?.(), [onShown])
  const page = useInsightsPage(query, Math.floor(index / INSIGHT_PAGE))
  const row = page.data?.rows[index % INSIGHT_PAGE]
  if (!row) return <Skeleton height={72} radius="sm" aria-hidden />
  return <InsightRowView row={row} terms={terms} action={action?.(row)} />
}
