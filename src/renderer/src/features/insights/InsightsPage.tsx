import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INSIGHT_SORTS, emptyQuery, type InsightSort } from '../../../../shared/insights/query'
import { LIMITS } from '../../../../shared/limits'
import { useInsightsPage } from '../../api/insights'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { BoardsMenu } from './BoardsMenu'
import { FacetPanel } from './FacetPanel'
import { ImportBatchButton } from './ImportBatchButton'
import { InsightList } from './InsightList'
import { SavedViewsMenu } from './SavedViewsMenu'
import { RenameNotice, TagsButton } from './TagsDialog'
import type { TagRenameResult } from '../../../../shared/insights/tags'
import { useInsightQuery } from './useInsightQuery'
import classes from './Insights.module.css'

/** Every note of every session in one searchable, filterable list. */
export function InsightsPage() {
  const { t } = useTranslation()
  const [query, setQuery] = useInsightQuery()
  const first = useInsightsPage(query, 0)
  const [words, setWords] = useState(query.q)
  const [renamed, setRenamed] = useState<TagRenameResult | null>(null)
  const pushWords = useDebouncedCallback((q: string) => setQuery({ ...query, q }), 200)
  // A view opened from a link or a saved view brings its own words into the box.
  const [shownQ, setShownQ] = useState(query.q)
  if (shownQ !== query.q) {
    setShownQ(query.q)
    if (words.trim() !== query.q.trim()) setWords(query.q)
  }
  const page = first.data
  const filtered = JSON.stringify({ ...query, sort: 'date' }) !== JSON.stringify(emptyQuery())

  return (
    <Stack gap="md">
      <PageHeader title={t('insights.title')} description={t('insights.description')} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('insights.search')}
          placeholder={t('insights.searchPlaceholder')}
          maxLength={LIMITS.insights.query}
          value={words}
          onChange={(e) => {
            setWords(e.currentTarget.value)
            pushWords(e.currentTarget.value)
          }}
          style={{ flex: '1 1 16rem' }}
          data-testid="insights-search"
        />
        <Select
          label={t('insights.sort')}
          data={INSIGHT_SORTS.map((s) => ({ value: s, label: t(`insights.sorts.${s}`) }))}
          value={query.sort}
          allowDeselect={false}
          onChange={(v) => v && setQuery({ ...query, sort: v as InsightSort })}
          w={230}
        />
        <SavedViewsMenu query={query} onOpen={setQuery} />
        <BoardsMenu query={query} />
        <TagsButton onRenamed={setRenamed} />
        <ImportBatchButton />
        {filtered && (
          <Button variant="subtle" onClick={() => setQuery(emptyQuery())}>
            {t('insights.clear')}
          </Button>
        )}
      </Group>
      {renamed && <RenameNotice key={renamed.undoId} done={renamed} onClose={() => setRenamed(null)} />}
      {first.error && <ErrorAlert error={first.error} />}
      {page && !page.ready && (
        <Alert color="blue" variant="light">
          {t('insights.indexing')}
        </Alert>
      )}
      <div className={classes.layout}>
        <FacetPanel facets={page?.facets} query={query} onChange={setQuery} />
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="insights-count">
            {page ? t('insights.count', { count: page.total, all: page.all }) : t('insights.loading')}
          </Text>
          {page && page.all === 0 && page.ready && <Text>{t('insights.empty')}</Text>}
          {page && (
            <InsightList
              key={JSON.stringify(query)}
              query={query}
              total={page.total}
              terms={page.terms}
              label={t('insights.listLabel')}
            />
          )}
        </Stack>
      </div>
    </Stack>
  )
}
