import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { directionOf } from '../../../../shared/i18n/languages'
import { errorCodeOf } from '../../api/client'
import { useProjectorView, useSetProjector } from '../../api/projector'
import { errorKey } from '../../components/error-key'
import { useLanguage } from '../../hooks/useLanguage'
import { useStableCallback } from '../../hooks/useStableCallback'
import { ProjectorWall } from './ProjectorWall'
import classes from './Projector.module.css'

/** Whether a key press is the bare letter, not a shortcut or a held key. */
const isPlain = (event: KeyboardEvent, letter: string) =>
  event.key.toLowerCase() === letter && !event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat

/**
 * The projector: polls its narrow view and shows it. B blanks (and shows again); F fills the
 * screen where the page may (browser mode; the desktop window handles F itself).
 */
export function ProjectorPage({ sessionId }: { sessionId: string }) {
  const view = useProjectorView(sessionId)
  const set = useSetProjector(sessionId)
  const uiLanguage = useLanguage()
  const language = view.data?.settings.languages[0] ?? uiLanguage
  const { t } = useTranslation(undefined, { lng: language })
  const blank = view.data?.settings.blank ?? false
  const toggle = useStableCallback(() => set.mutate({ blank: !blank }))

  useEffect(() => {
    document.title = t('projector.page')
  }, [t])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isPlain(event, 'b')) {
        event.preventDefault()
        toggle()
      } else if (isPlain(event, 'f') && document.fullscreenEnabled) {
        event.preventDefault()
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
        else void document.documentElement.requestFullscreen().catch(() => undefined)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toggle])

  const root = { lang: language, dir: directionOf(language), 'data-testid': 'projector' }
  // A failed poll (the notebook locked, the session gone) must not leave the last wall up: what
  // the room saw a moment ago is notebook data too.
  if (!view.data || view.isError) {
    return (
      <main className={classes.wall} {...root} aria-label={t('projector.page')}>
        {view.error ? (
          <p role="alert" className={classes.waiting}>
            {t(errorKey(errorCodeOf(view.error)))}
          </p>
        ) : null}
      </main>
    )
  }
  if (blank || !view.data.screen) {
    return (
      <main className={classes.blank} {...root} data-blank="true" aria-label={t('projector.page')}>
        <p className={classes.srOnly}>{t('projector.blanked')}</p>
      </main>
    )
  }
  return (
    <main className={classes.wall} {...root} data-blank="false" aria-label={t('projector.page')}>
      <p className={classes.srOnly}>{t('projector.keys')}</p>
      <ProjectorWall screen={view.data.screen} languages={view.data.settings.languages} t={t} />
    </main>
  )
}
