import { Badge, Stack, Text } from '@mantine/core'
import { IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/i18n/languages'
import { useLanguage } from '../../hooks/useLanguage'

/**
 * What a column's text is, when it is not the note's own language versions: Arabic is the
 * Passerelle team's translation (the note was published in English, Spanish and French only),
 * and a text the pack lacks in the wanted language is shown, and said to be shown, in English.
 * Written in the interface language, whatever the column's.
 */
export function TranslationNotice({ wanted, shown }: { wanted: Language; shown: Language }) {
  const { t } = useTranslation()
  const uiLang = useLanguage()
  if (shown !== wanted) {
    return (
      <Text size="sm" c="dimmed" lang={uiLang} data-testid="translation-fallback">
        {t('library.translation.fallback', {
          language: t(`language.names.${wanted}`),
          shown: t(`language.names.${shown}`)
        })}
      </Text>
    )
  }
  if (shown !== 'ar') return null
  return (
    <Stack gap={2} lang={uiLang} data-testid="translation-badge">
      <Badge
        variant="outline"
        color="teal.9"
        tt="none"
        leftSection={<IconLanguage size={12} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('library.translation.badge')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('library.translation.help')}
      </Text>
    </Stack>
  )
}
