import { useEffect, useState } from 'react'
import type { TFunction } from 'i18next'
import type { ProjectorBlock } from '../../../../shared/projector/view'
import classes from './Projector.module.css'

/** Seconds left in a block at `now` (negative once over); the full duration while not started. */
export function secondsLeft(block: ProjectorBlock, now: number): number {
  if (block.startedAt === null) return block.durationMinutes * 60
  return Math.round(block.durationMinutes * 60 - (now - Date.parse(block.startedAt)) / 1000)
}

export const formatLeft = (seconds: number) =>
  `${Math.floor(Math.max(0, seconds) / 60)}:${String(Math.max(0, seconds) % 60).padStart(2, '0')}`

/** The block's countdown, ticking locally; the room sees "time is up" rather than a negative clock. */
export function Countdown({ block, t }: { block: ProjectorBlock; t: TFunction }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  if (block.ended) return <p className={classes.clock}>{t('projector.ended')}</p>
  const left = secondsLeft(block, now)
  const tone = left <= 0 ? classes.clockOver : left <= 60 ? classes.clockLast : ''
  return (
    <p className={`${classes.clock} ${tone}`} role="timer" aria-label={t('projector.timeLeft')}>
      {left <= 0 ? t('projector.timeUp') : formatLeft(left)}
    </p>
  )
}
