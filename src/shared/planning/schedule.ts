/**
 * Agenda timing maths, pure: start and end of every block from the day's start time, the total,
 * and whether the plan overruns its planned end. Times are minutes since midnight of each day.
 */
export interface TimedBlock {
  id: string
  day: number
  start: number
  end: number
}

export interface Schedule {
  blocks: TimedBlock[]
  /** End of the last block of each day, keyed by day. */
  dayEnds: Record<number, number>
  totalMinutes: number
  /** Minutes past the planned end on the last day; 0 when on time or without a planned end. */
  overrunMinutes: number
}

export const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

export const formatClock = (minutes: number): string => {
  const day = Math.floor(minutes / 1440)
  const inDay = minutes - day * 1440
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0')
  const mm = String(inDay % 60).padStart(2, '0')
  return day > 0 ? `${hh}:${mm} (+${day})` : `${hh}:${mm}`
}

export function computeSchedule(
  blocks: ReadonlyArray<{ id: string; day: number; durationMinutes: number }>,
  startTime: string,
  plannedEnd: string | null
): Schedule {
  const start = toMinutes(startTime)
  const cursor = new Map<number, number>()
  const timed: TimedBlock[] = []
  let total = 0
  for (const block of blocks) {
    const from = cursor.get(block.day) ?? start
    const to = from + block.durationMinutes
    cursor.set(block.day, to)
    timed.push({ id: block.id, day: block.day, start: from, end: to })
    total += block.durationMinutes
  }
  const dayEnds = Object.fromEntries(cursor) as Record<number, number>
  const lastDay = Math.max(1, ...cursor.keys())
  const lastEnd = cursor.get(lastDay) ?? start
  const overrun = plannedEnd === null ? 0 : Math.max(0, lastEnd - toMinutes(plannedEnd))
  return { blocks: timed, dayEnds, totalMinutes: total, overrunMinutes: overrun }
}

export interface Cut {
  id: string
  from: number
  to: number
}

/**
 * Which blocks to shorten to absorb an overrun: only unprotected activities (breaks and protected
 * blocks keep their time), latest first, never below `floor` minutes, each giving what it can.
 * Returns what is left uncovered when even that is not enough.
 */
export function suggestCuts(
  blocks: ReadonlyArray<{
    id: string
    kind: 'activity' | 'break'
    protected: boolean
    durationMinutes: number
  }>,
  overrunMinutes: number,
  floor = 5
): { cuts: Cut[]; uncovered: number } {
  let left = overrunMinutes
  const cuts: Cut[] = []
  for (const block of [...blocks].reverse()) {
    if (left <= 0) break
    if (block.protected || block.kind === 'break') continue
    const give = Math.min(left, Math.max(0, block.durationMinutes - floor))
    if (give === 0) continue
    cuts.push({ id: block.id, from: block.durationMinutes, to: block.durationMinutes - give })
    left -= give
  }
  return { cuts: cuts.reverse(), uncovered: Math.max(0, left) }
}

/**
 * The instant a wall-clock time happens in a time zone (the session's), as an ISO string, so a
 * session set in Europe/Paris shows the right hour to a facilitator joining from elsewhere.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number)
  const minutes = toMinutes(time)
  const guess = Date.UTC(y!, mo! - 1, d!, Math.floor(minutes / 60), minutes % 60)
  // The zone's offset at that moment, read back through Intl; twice, to settle across a DST change.
  let instant = guess - offsetMinutes(guess, timeZone) * 60_000
  instant = guess - offsetMinutes(instant, timeZone) * 60_000
  return new Date(instant).toISOString()
}

function offsetMinutes(utcMillis: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit'
  }).formatToParts(new Date(utcMillis))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((asUtc - Math.floor(utcMillis / 60_000) * 60_000) / 60_000)
}
