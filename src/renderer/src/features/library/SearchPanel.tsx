import { Badge, Stack, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../../../shared/content/search'
import type { Language } from '../../../../shared/i18n/languages'
import { useLanguage } from '../../hooks/useLanguage'
import { Highlighted } from './RichText'
import classes from './Library.module.css'
import { intlLocale } from '../../../../shared/i18n/languages'

export function SearchPanel({
  hits,
  query,
  onOpen
}: {
  hits: SearchHit[]
  query: string
  onOpen: (hit: SearchHit) => void
}) {
  const { t } = useTranslation()
  const uiLang = useLanguage()
  // "in Spanish and in English", in the reader's language; nothing when their own version matched.
  const versions = (languages: Language[]) =>
    new Intl.ListFormat(intlLocale(uiLang), { type: 'conjunction' }).format(
      languages.map((l) => t(`library.search.inLanguage.${l}`))
    )
  return (
    <section aria-label={t('library.search.results')}>
      <Text size="sm" c="dimmed" role="status" mb="xs">
        {hits.length === 0
          ? t('library.search.none', { query })
          : t('library.search.count', { count: hits.length })}
      </Text>
      <Stack gap={6} component="ol" className={classes.results}>
        {hits.map((hit) => (
          <li key={hit.ref}>
            <UnstyledButton
              className={classes.hit}
              onClick={() => onOpen(hit)}
              lang={hit.lang}
              data-testid="search-hit"
            >
              <Text fw={600} size="sm">
                <Highlighted text={hit.title} terms={hit.terms} />
              </Text>
              <Text size="xs" c="dimmed" lineClamp={3}>
                <Highlighted text={hit.snippet} terms={hit.terms} />
              </Text>
              <Badge
                size="xs"
                variant="light"
                color="gray"
                tt="none"
                mt={4}
                lang={uiLang}
                h="auto"
                styles={{ label: { whiteSpace: 'normal' } }}
              >
                {hit.kind === 'yours' ? t('library.yours') : t(`library.groups.${hit.kind}`)}
                {hit.lang !== uiLang && ` · ${versions(hit.languages)}`}
              </Badge>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </section>
  )
}
