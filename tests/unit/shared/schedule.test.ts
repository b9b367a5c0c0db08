import { describe, expect, it } from 'vitest'
import { computeSchedule, formatClock, toMinutes } from '../../../src/shared/planning/schedule'

const block = (id: string, durationMinutes: number, day = 1) => ({ id, durationMinutes, day })

describe('agenda timing', () => {
  it('computes each block’s start and end from the session start', () => {
    const s = computeSchedule([block('a', 15), block('b', 45), block('c', 10)], '09:30', null)
    expect(s.blocks.map((b) => [formatClock(b.start), formatClock(b.end)])).toEqual([
      ['09:30', '09:45'],
      ['09:45', '10:30'],
      ['10:30', '10:40']
    ])
    expect(s.totalMinutes).toBe(70)
    expect(s.overrunMinutes).toBe(0)
  })

  it('restarts the clock each day of a multi-day agenda', () => {
    const s = computeSchedule([block('a', 60, 1), block('b', 30, 2), block('c', 30, 1)], '09:00', null)
    expect(s.blocks.map((b) => formatClock(b.start))).toEqual(['09:00', '09:00', '10:00'])
    expect(s.dayEnds).toEqual({ 1: toMinutes('10:30'), 2: toMinutes('09:30') })
  })

  it('reports an overrun against the planned end, and none when it fits', () => {
    expect(computeSchedule([block('a', 200)], '09:00', '12:00').overrunMinutes).toBe(20)
    expect(computeSchedule([block('a', 180)], '09:00', '12:00').overrunMinutes).toBe(0)
  })

  it('shows times past midnight with a day marker', () => {
    expect(formatClock(toMinutes('23:30') + 60)).toBe('00:30 (+1)')
  })
})
