import { Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { directionOf, type Language } from '../../../../shared/i18n/languages'
import { Highlighted, RichText } from './RichText'
import { ProvenanceBadge } from './ProvenanceBadge'
import type { ResolvedItem } from './useLibrary'
import { localizedText, shownLanguage } from '../../../../shared/content/localized'
import { TranslationNotice } from './TranslationNotice'

/**
 * One item in one language, with each block's provenance. `lang` lets screen readers switch voice;
 * `dir` lets an Arabic column read right to left beside a French one, or a French one beside it.
 */
export function ItemColumn({ entry, lang, terms }: { entry: ResolvedItem; lang: Language; terms: string[] }) {
  const { t } = useTranslation()
  if (entry.type === 'own') {
    return (
      <Stack gap="sm" lang={entry.own.language} dir={directionOf(entry.own.language)}>
        <Title order={3}>
          <Highlighted text={entry.own.title} terms={terms} />
        </Title>
        <RichText text={entry.own.body || '—'} terms={terms} />
      </Stack>
    )
  }
  const { item, pack } = entry
  const shown = shownLanguage(item.title, lang)
  return (
    <Stack gap="md" lang={shown} dir={directionOf(shown)} data-testid={`item-column-${lang}`}>
      <TranslationNotice wanted={lang} shown={shown} />
      <div>
        <Title order={3} className="reading-title">
          <Highlighted text={localizedText(item.title, lang)} terms={terms} />
        </Title>
        <Group gap="xs" mt={6}>
          <ProvenanceBadge provenance={item.provenance} pack={pack} lang={lang} />
        </Group>
      </div>
      <Text size="lg" className="reading lead">
        <Highlighted text={localizedText(item.summary, lang)} terms={terms} />
      </Text>
      {item.blocks.map((block, i) => (
        <section key={i} aria-label={localizedText(block.heading, lang) ?? t('library.block', { n: i + 1 })}>
          {/* The badge goes under the heading when the column is too narrow for both on one line. */}
          <Group justify="space-between" align="baseline" gap="xs" mb={4}>
            {block.heading ? (
              <Title order={4} size="h5">
                <Highlighted text={localizedText(block.heading, lang)} terms={terms} />
              </Title>
            ) : (
              <span />
            )}
            <ProvenanceBadge provenance={block.provenance} pack={pack} lang={lang} />
          </Group>
          <RichText text={localizedText(block.text, lang)} terms={terms} />
        </section>
      ))}
    </Stack>
  )
}
