import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, isLanguage } from '../../../shared/i18n/languages'
import { useUpdateSettings } from '../features/settings/useSettings'

/** Native select: the most dependable keyboard and screen-reader behaviour on every platform. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation()
  const update = useUpdateSettings()
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid="language-select"
      size="sm"
      value={i18n.language}
      disabled={update.isPending}
      onChange={(event) => {
        const value = event.currentTarget.value
        if (isLanguage(value)) update.mutate({ language: value })
      }}
      data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NATIVE_NAMES[lang] }))}
    />
  )
}
