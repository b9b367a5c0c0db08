/**
 * A QR code drawn from the rows main computed (no library or network in the renderer): one path,
 * crisp at any size, with the quiet zone scanners need around it.
 */
export function QrCode({
  rows,
  label,
  size = 240
}: {
  rows: readonly string[]
  label: string
  size?: number
}) {
  const n = rows.length
  const quiet = 4
  let d = ''
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') d += `M${x + quiet} ${y + quiet}h1v1h-1z`
  })
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n + quiet * 2} ${n + quiet * 2}`}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block' }}
    >
      <path d={d} fill="#000" />
    </svg>
  )
}
