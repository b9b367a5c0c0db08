import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Consent } from '../../../../shared/planning/session'

/** The session's consent rules, always in view: capture and briefs use them as defaults. */
export function ConsentSummary({ consent }: { consent: Consent }) {
  const { t } = useTranslation()
  const badge = (on: boolean, yes: string, no: string) => (
    <Badge variant="outline" tt="none" color={on ? 'teal.9' : 'gray.8'}>
      {on ? yes : no}
    </Badge>
  )
  return (
    <Group gap="xs" aria-label={t('sessions.consent.title')} role="group" data-testid="consent-summary">
      {badge(consent.chathamHouse, t('sessions.consent.chathamOn'), t('sessions.consent.chathamOff'))}
      {badge(consent.attributableQuotes, t('sessions.consent.quotesOn'), t('sessions.consent.quotesOff'))}
      {badge(consent.photos, t('sessions.consent.photosOn'), t('sessions.consent.photosOff'))}
    </Group>
  )
}
