import { useTranslation } from 'react-i18next'
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../shared/i18n/languages'
import { errorCodeOf } from '../api/client'
import { useSaveLanguage } from '../features/settings/save-language'
import classes from './Shell.module.css'

/** A native select: dependable keyboard and screen-reader behaviour everywhere, and no library needed in the shell. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation()
  const { save, pending, error } = useSaveLanguage()
  return (
    <>
      <select
        aria-label={t('language.label')}
        data-testid="language-select"
        className={classes.select}
        value={pending ?? i18n.language}
        disabled={pending !== null}
        onChange={(event) => save(event.currentTarget.value)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
      {error !== null && (
        <span role="alert" className={classes.inlineError}>
          {t(`errors.${errorCodeOf(error)}`)}
        </span>
      )}
    </>
  )
}
