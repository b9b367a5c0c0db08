import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FACETS, type Facet, type FacetCount, type InsightQuery } from '../../../../shared/insights/query'
import { usePacks } from '../../api/library'
import classes from './Insights.module.css'
import { localizedText } from '../../../../shared/content/localized'

/** Values shown before "Show all": enough to choose from at a glance without a wall of boxes. */
const SHOWN = 6

/** Each facet's values with their counts, as checkboxes; the dates as a range. */
export function FacetPanel({
  facets,
  query,
  onChange
}: {
  facets: Record<Facet, FacetCount[]> | undefined
  query: InsightQuery
  onChange: (next: InsightQuery) => void
}) {
  const { t } = useTranslation()
  const label = useValueLabel()
  return (
    <Stack gap={0} component="aside" aria-label={t('insights.filters')}>
      <fieldset className={classes.facet}>
        <legend>{t('insights.facets.dates')}</legend>
        <Group gap="xs" grow>
          <TextInput
            type="date"
            size="xs"
            label={t('insights.from')}
            value={query.from ?? ''}
            onChange={(e) => onChange({ ...query, from: e.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            size="xs"
            label={t('insights.to')}
            value={query.to ?? ''}
            onChange={(e) => onChange({ ...query, to: e.currentTarget.value || null })}
          />
        </Group>
      </fieldset>
      {FACETS.map((facet) => {
        const counts = facets?.[facet] ?? []
        if (counts.length === 0) return null
        return (
          <FacetGroup
            key={facet}
            facet={facet}
            counts={counts}
            chosen={query[facet] as string[]}
            label={(c) => label(facet, c)}
            onToggle={(value, on) => {
              const values = query[facet] as string[]
              onChange({ ...query, [facet]: on ? [...values, value] : values.filter((v) => v !== value) })
            }}
          />
        )
      })}
    </Stack>
  )
}

function FacetGroup({
  facet,
  counts,
  chosen,
  label,
  onToggle
}: {
  facet: Facet
  counts: FacetCount[]
  chosen: string[]
  label: (c: FacetCount) => string
  onToggle: (value: string, on: boolean) => void
}) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const shown = all ? counts : counts.slice(0, SHOWN)
  return (
    <fieldset className={classes.facet} data-testid={`facet-${facet}`}>
      <legend>{t(`insights.facets.${facet}`)}</legend>
      <Stack gap={4}>
        {shown.map((c) => (
          <Checkbox
            key={c.value}
            size="xs"
            checked={chosen.includes(c.value)}
            onChange={(e) => onToggle(c.value, e.currentTarget.checked)}
            label={
              <Group gap={4} wrap="nowrap" component="span">
                <Text size="sm" component="span" lineClamp={1}>
                  {label(c)}
                </Text>
                <Text size="xs" c="dimmed" component="span">
                  {c.count}
                </Text>
              </Group>
            }
          />
        ))}
      </Stack>
      {counts.length > SHOWN && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setAll((a) => !a)}>
          {all ? t('insights.showFewer') : t('insights.showAll', { count: counts.length })}
        </Button>
      )}
    </fieldset>
  )
}

/** How a facet value reads: ids become titles, codes become words in the user's language. */
export function useValueLabel(): (facet: Facet, c: FacetCount) => string {
  const { t, i18n } = useTranslation()
  const packs = usePacks()
  const lang = i18n.language as 'en' | 'es' | 'fr'
  return (facet, c) => {
    switch (facet) {
      case 'session':
        return c.label ?? c.value
      case 'place':
        return c.value || t('insights.noPlace')
      case 'type':
        return t(`capture.types.${c.value as 'idea'}`)
      case 'consent':
        return t(`capture.consents.${c.value as 'internal'}`)
      case 'tag':
        return `#${c.value}`
      case 'origin':
        return c.value || t('insights.ownSessions')
      case 'item': {
        const [packId, itemId] = c.value.split(':')
        const item = packs.data?.find((p) => p.pack.id === packId)?.pack.items.find((i) => i.id === itemId)
        return localizedText(item?.title, lang) ?? item?.title.en ?? c.value
      }
      default:
        return c.value
    }
  }
}
