import type { TFunction } from 'i18next'
import type { ProjectorJoin } from '../../../../shared/projector/view'
import classes from './Projector.module.css'
import { shortAddress } from '../../../../shared/room/address'

/** The QR code as one SVG path, dark on white with the standard four-module quiet zone. */
export function QrCode({ rows, label }: { rows: string[]; label: string }) {
  const size = rows.length
  const quiet = 4
  let d = ''
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') d += `M${x + quiet} ${y + quiet}h1v1h-1z`
  })
  return (
    <svg
      className={classes.qr}
      viewBox={`0 0 ${size + quiet * 2} ${size + quiet * 2}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="projector-qr"
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}

/** How to join, shown only while the room is open. */
export function JoinCard({ join, t }: { join: ProjectorJoin; t: TFunction }) {
  return (
    <aside className={classes.aside} aria-labelledby="projector-join" data-testid="projector-join">
      <h2 id="projector-join" className={classes.joinTitle}>
        {t('projector.join.title')}
      </h2>
      <p className={classes.joinHow}>{t('projector.join.how')}</p>
      {join.qr.length > 0 && <QrCode rows={join.qr} label={t('projector.join.qr', { url: join.url })} />}
      <div>
        <span className={classes.label}>{t('projector.join.address')}</span>
        <span className={classes.address} dir="ltr">
          {shortAddress(join.url)}
        </span>
      </div>
      <div>
        <span className={classes.label}>{t('projector.join.code')}</span>
        <span className={classes.code} data-testid="projector-code" dir="ltr">
          {join.code}
        </span>
      </div>
    </aside>
  )
}
