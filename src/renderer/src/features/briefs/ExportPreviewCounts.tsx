import { List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '../../../../shared/domain/export'
import type { Language } from '../../../../shared/i18n/languages'
import type { ExportPreview } from '../../../../shared/pdf'
import { formatMinutes } from '../../../../shared/pdf/format'
import { useLanguage } from '../../hooks/useLanguage'
import { ConsentLines } from './ExportJobStatus'
import { localizedText } from '../../../../shared/content/localized'

/** Card titles listed before "and 12 more". */
const TITLES_SHOWN = 6

/**
 * What the chosen document will contain, before anything is written: for the outcome brief and
 * the Markdown notes, which notes leave the notebook and which stay, with the reason; for the
 * facilitator pack, its parts; for the cards, which cards. Titles are in the document's language.
 */
export function ExportPreviewCounts({
  preview,
  format,
  language
}: {
  preview: ExportPreview
  format: Exclude<ExportFormat, 'json'>
  language: Language
}) {
  return (
    <div data-testid="export-preview" aria-live="polite">
      {format === 'cards' ? (
        <CardsPreview cards={preview.cards} language={language} />
      ) : format === 'facilitator-pack' ? (
        <PackPreview pack={preview.facilitatorPack} />
      ) : (
        <NotesPreview outcome={preview.outcome} />
      )}
    </div>
  )
}

function NotesPreview({ outcome }: { outcome: ExportPreview['outcome'] }) {
  const { t } = useTranslation()
  return (
    <ConsentLines counts={outcome} quotesLine={(count) => t('export.preview.quotes', { count })}>
      <List.Item>
        {t('export.preview.more', {
          clusters: outcome.clusters,
          actions: outcome.actions,
          steps: outcome.journeySteps,
          personas: outcome.personas
        })}
      </List.Item>
    </ConsentLines>
  )
}

function PackPreview({ pack }: { pack: ExportPreview['facilitatorPack'] }) {
  const { t } = useTranslation()
  const uiLang = useLanguage()
  const duration = formatMinutes(uiLang, pack.totalMinutes)
  return (
    <>
      <Text fw={600} size="sm">
        {t('export.preview.pack.title')}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        <List.Item>{t('export.preview.pack.facts')}</List.Item>
        <List.Item>
          {pack.blocks === 0
            ? t('export.preview.pack.runSheetEmpty')
            : pack.days > 1
              ? t('export.preview.pack.runSheetDays', { blocks: pack.blocks, days: pack.days, duration })
              : t('export.preview.pack.runSheet', { count: pack.blocks, duration })}
        </List.Item>
        {pack.linkedItems > 0 && (
          <List.Item>{t('export.preview.pack.linked', { count: pack.linkedItems })}</List.Item>
        )}
        <List.Item>
          {pack.personas > 0
            ? t('export.preview.pack.personas', { count: pack.personas })
            : t('export.preview.pack.personasNone')}
        </List.Item>
        <List.Item>{t('export.preview.pack.consent')}</List.Item>
      </List>
    </>
  )
}

function CardsPreview({ cards, language }: { cards: ExportPreview['cards']; language: Language }) {
  const { t } = useTranslation()
  if (cards.total === 0)
    return (
      <Text fw={600} size="sm">
        {t('export.preview.cards.empty')}
      </Text>
    )
  return (
    <>
      <Text fw={600} size="sm">
        {t('export.preview.cards.total', {
          count: cards.total,
          pages: t('export.preview.cards.pages', { count: cards.pages })
        })}
      </Text>
      <List size="sm" spacing={4} mt={4}>
        {cards.groups.map((group) => {
          const titles = group.titles.map((title) => localizedText(title, language))
          const shown = titles.slice(0, TITLES_SHOWN)
          const more = titles.length - shown.length
          return (
            <List.Item key={group.kind} data-testid={`export-preview-cards-${group.kind}`}>
              <Text span size="sm" fw={600}>
                {t(`export.preview.cards.kinds.${group.kind}`, { count: titles.length })}
              </Text>
              {!group.fromSession && (
                <Text span size="sm" c="dimmed">
                  {' '}
                  {t(`export.preview.cards.wholeSet.${group.kind}`)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                <span lang={language}>{shown.join(' · ')}</span>
                {more > 0 && ` ${t('export.preview.cards.more', { count: more })}`}
              </Text>
            </List.Item>
          )
        })}
      </List>
    </>
  )
}
