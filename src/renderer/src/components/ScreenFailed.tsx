import { useTranslation } from 'react-i18next'
import classes from './Shell.module.css'

/**
 * What a screen shows when its code or its first render fails: the shell around it keeps working
 * (navigation, language), and a reload fetches everything again.
 */
export function ScreenFailed() {
  const { t } = useTranslation()
  return (
    <div role="alert" className={classes.screenFailed}>
      <p>{t('app.screenFailed')}</p>
      <button type="button" className={classes.select} onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  )
}
