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
