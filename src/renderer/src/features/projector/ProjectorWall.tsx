import type { TFunction } from 'i18next'
import { directionOf, type Language } from '../../../../shared/i18n/languages'
import type { ProjectorScreen } from '../../../../shared/projector/view'
import { Countdown } from './Countdown'
import { JoinCard } from './JoinCard'
import { ProjectorEnded } from './ProjectorEnded'
import classes from './Projector.module.css'

/** Everything the room sees, laid out for a wall; `t` speaks the projector's first language. */
export function ProjectorWall({
  screen,
  languages,
  t
}: {
  screen: ProjectorScreen
  languages: readonly Language[]
  t: TFunction
}) {
  const { block } = screen
  const mostVotes = Math.max(1, ...(screen.votes ?? []).map((v) => v.votes))
  return (
    <>
      <div className={classes.top}>
        <p className={classes.blockOf}>
          {block ? t('projector.blockOf', { n: block.index + 1, total: block.total }) : ''}
          {block?.kind === 'break' ? ` · ${t('projector.break')}` : ''}
        </p>
        {block && <Countdown block={block} t={t} />}
      </div>
      <section
        className={`${classes.main} ${screen.contributions || screen.votes ? classes.withBottom : ''}`}
        aria-labelledby="projector-title"
      >
        {screen.ended ? (
          <ProjectorEnded title={screen.ended.title} languages={languages} />
        ) : block ? (
          <h1 id="projector-title" className={classes.title} data-testid="projector-block">
            {/* The title keeps its own direction (an English title on an Arabic wall), aligned with the wall. */}
            <bdi>{block.title}</bdi>
          </h1>
        ) : (
          <h1 id="projector-title" className={classes.waiting}>
            {t('projector.waiting')}
          </h1>
        )}
        {screen.prompts.length > 0 && (
          <div className={classes.prompts} data-testid="projector-prompts">
            {screen.prompts.map((p, i) => (
              <blockquote
                key={p.language ?? i}
                className={classes.prompt}
                {...(p.language ? { lang: p.language, dir: directionOf(p.language) } : { dir: 'auto' })}
              >
                {p.title && <p className={classes.promptTitle}>{p.title}</p>}
                <p className={classes.promptText}>{p.text}</p>
              </blockquote>
            ))}
          </div>
        )}
      </section>
      {screen.join && <JoinCard join={screen.join} t={t} />}
      {(screen.contributions || screen.votes) && (
        <div className={classes.bottom}>
          {screen.contributions && (
            <section aria-labelledby="projector-contributions" data-testid="projector-contributions">
              <h2 id="projector-contributions" className={classes.sectionTitle}>
                {t('projector.contributions')}
              </h2>
              {screen.contributions.length === 0 ? (
                <p className={classes.muted}>{t('projector.contributionsEmpty')}</p>
              ) : (
                <ul className={classes.cards}>
                  {screen.contributions.map((c) => (
                    <li key={c.id} className={classes.card} dir="auto">
                      <span className={classes.kind}>{t(`capture.types.${c.type}`)}</span>
                      {c.text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          {screen.votes && (
            <section aria-labelledby="projector-votes" data-testid="projector-votes">
              <h2 id="projector-votes" className={classes.sectionTitle}>
                {t('projector.votes')}
              </h2>
              {screen.votes.length === 0 ? (
                <p className={classes.muted}>{t('projector.votesEmpty')}</p>
              ) : (
                <ol className={classes.votes}>
                  {screen.votes.map((v) => (
                    <li key={v.id} className={classes.vote}>
                      <span>
                        {/* Isolated, not dir="auto": a Latin name on an Arabic wall still lines up with the wall. */}
                        <bdi>{v.name}</bdi>
                      </span>
                      <span>{t('synthesis.dots', { count: v.votes })}</span>
                      <span
                        className={classes.bar}
                        style={{ inlineSize: `${(100 * v.votes) / mostVotes}%` }}
                        aria-hidden
                      />
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </div>
      )}
    </>
  )
}
