import { useTranslation } from 'react-i18next'
import { directionOf, type Language } from '../../../../shared/i18n/languages'
import classes from './Projector.module.css'

/**
 * The wall once live mode has ended: the session's title and a thank-you in each of the
 * projector's languages, side by side as the prompts were; nothing of the last block stays up.
 */
export function ProjectorEnded({ title, languages }: { title: string; languages: readonly Language[] }) {
  const { i18n } = useTranslation()
  return (
    <div className={classes.ended} data-testid="projector-ended">
      <h1 id="projector-title" className={classes.title}>
        {/* The title keeps its own direction (an English title on an Arabic wall), aligned with the wall. */}
        <bdi>{title}</bdi>
      </h1>
      <div className={classes.thanks}>
        {languages.map((language) => {
          const t = i18n.getFixedT(language)
          return (
            <div key={language} lang={language} dir={directionOf(language)} className={classes.thank}>
              <p className={classes.thankTitle}>{t('projector.thanks')}</p>
              <p className={classes.thankText}>{t('projector.endedNote')}</p>
            </div>
          )
        })}
      </div>
    </div>
  )
}
