import { describe, expect, it } from 'vitest'
import {
  computeSchedule,
  formatClock,
  suggestCuts,
  toMinutes,
  zonedInstant
} from '../../../src/shared/planning/schedule'

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

describe('overrun suggestions', () => {
  const b = (
    id: string,
    durationMinutes: number,
    extra: Partial<{ kind: 'activity' | 'break'; protected: boolean }> = {}
  ) => ({
    id,
    durationMinutes,
    kind: 'activity' as const,
    protected: false,
    ...extra
  })

  it('shortens unprotected activities from the end, leaving breaks and protected blocks alone', () => {
    const blocks = [
      b('open', 15, { protected: true }),
      b('talk', 40),
      b('pause', 15, { kind: 'break' }),
      b('world-cafe', 30),
      b('close', 10, { protected: true })
    ]
    expect(suggestCuts(blocks, 20)).toEqual({ cuts: [{ id: 'world-cafe', from: 30, to: 10 }], uncovered: 0 })
    expect(suggestCuts(blocks, 50)).toEqual({
      cuts: [
        { id: 'talk', from: 40, to: 15 },
        { id: 'world-cafe', from: 30, to: 5 }
      ],
      uncovered: 0
    })
  })

  it('says how much cannot be absorbed when everything is protected or at its floor', () => {
    expect(suggestCuts([b('a', 15, { protected: true }), b('b', 6)], 10)).toEqual({
      cuts: [{ id: 'b', from: 6, to: 5 }],
      uncovered: 9
    })
  })

  it('counts breaks in the timing like any block', () => {
    const s = computeSchedule(
      [
        { id: 'a', day: 1, durationMinutes: 50 },
        { id: 'pause', day: 1, durationMinutes: 20 },
        { id: 'c', day: 1, durationMinutes: 50 }
      ],
      '09:00',
      '11:00'
    )
    expect(formatClock(s.blocks[2]!.start)).toBe('10:10')
    expect(s.overrunMinutes).toBe(0)
  })
})

describe('time zones', () => {
  it('places a session’s wall-clock start in its own zone, across daylight-saving changes', () => {
    expect(zonedInstant('2021-03-16', '09:30', 'Europe/Paris')).toBe('2021-03-16T08:30:00.000Z')
    expect(zonedInstant('2021-07-16', '09:30', 'Europe/Paris')).toBe('2021-07-16T07:30:00.000Z')
    expect(zonedInstant('2021-03-28', '09:00', 'Europe/Paris')).toBe('2021-03-28T07:00:00.000Z')
    expect(zonedInstant('2021-03-16', '09:30', 'Africa/Tunis')).toBe('2021-03-16T08:30:00.000Z')
    expect(zonedInstant('2021-03-16', '09:30', 'America/Sao_Paulo')).toBe('2021-03-16T12:30:00.000Z')
    expect(zonedInstant('2021-03-16', '23:30', 'UTC')).toBe('2021-03-16T23:30:00.000Z')
  })
})
