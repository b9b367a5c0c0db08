import { Badge, Group, Text } from '@mantine/core'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { InsightRow } from '../../../../shared/insights/query'
import { Highlighted } from '../library/RichText'
import classes from './Insights.module.css'
import { intlLocale } from '../../../../shared/i18n/languages'

/**
 * One note in the cross-session list: what was said, where and when, and how far it may travel.
 * Internal and not-for-export notes are shown (the facilitator owns them) but marked, so nobody
 * reads them out by mistake.
 */
export const InsightRowView = memo(function InsightRowView({
  row,
  terms,
  action
}: {
  row: InsightRow
  terms: string[]
  action?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const restricted = row.consent === 'internal' || row.consent === 'not-for-export'
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeZone: 'UTC'
  }).format(new Date(`${row.day}T00:00:00Z`))
  return (
    <article className={classes.row} data-consent={row.consent} data-testid="insight-row">
      <Group gap={6} wrap="wrap" mb={4}>
        <Badge size="sm" variant="light">
          {t(`capture.types.${row.type}`)}
        </Badge>
        {restricted && (
          <Badge size="sm" color="red.8" variant="filled" data-testid="restricted-badge">
            {t(`insights.restricted.${row.consent as 'internal' | 'not-for-export'}`)}
          </Badge>
        )}
        <Text size="sm" fw={600} component="span">
          <Link href={`/sessions/${row.sessionId}`}>{row.sessionTitle}</Link>
        </Text>
        <Text size="sm" c="dimmed" component="span">
          {[row.place || null, day, row.blockTitle].filter(Boolean).join(' · ')}
        </Text>
        {row.origin && (
          <Badge size="sm" variant="outline" color="gray">
            {t('insights.importedFrom', { origin: row.origin })}
          </Badge>
        )}
      </Group>
      <Text className={classes.text} dir="auto">
        <Highlighted text={row.text} terms={terms} />
      </Text>
      <Group gap={6} mt={4} wrap="wrap">
        {row.speaker && (
          <Text size="xs" c="dimmed">
            — <bdi>{row.speaker}</bdi>
          </Text>
        )}
        {row.tags.map((tag) => (
          <Badge key={tag} size="xs" variant="dot" color="gray" tt="none" dir="auto">
            #{tag}
          </Badge>
        ))}
        {row.cluster && (
          <Text size="xs" c="dimmed">
            {t('insights.inCluster', { name: row.cluster })}
          </Text>
        )}
        {row.votes > 0 && (
          <Text size="xs" c="dimmed">
            {t('insights.votes', { count: row.votes })}
          </Text>
        )}
        {action}
      </Group>
    </article>
  )
})
