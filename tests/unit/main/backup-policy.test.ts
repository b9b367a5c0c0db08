import { describe, expect, it } from 'vitest'
import {
  BACKUP_POLICY,
  formatStamp,
  parseStamp,
  selectBackupsToKeep
} from '../../../src/main/storage/backup-policy'

// Which backups to keep, as a pure function of their stamps and the time; the files themselves
// are tested in backups.test.ts.
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const T0 = Date.parse('2026-11-27T12:00:00.000Z')
const at = (ms: number) => formatStamp(new Date(ms))

describe('backup retention policy (pure)', () => {
  it('formats sortable, file-name-safe UTC stamps and parses them back', () => {
    expect(at(Date.parse('2026-11-27T08:13:26.123Z'))).toBe('20261127T081326.123Z')
    expect(parseStamp('20261127T081326.123Z')).toBe(Date.parse('2026-11-27T08:13:26.123Z'))
    for (const bad of ['20261331T081326.123Z', '2026-11-27T08:13:26.123Z', 'notes', '20261127T081326Z'])
      expect(parseStamp(bad), bad).toBeNull()
  })

  it('keeps every backup of the last two hours, at most 12', () => {
    const stamps = Array.from({ length: 20 }, (_, i) => at(T0 - i * 5 * MIN))
    const kept = selectBackupsToKeep(stamps, new Date(T0))
    expect(kept.slice(0, 12)).toEqual(stamps.slice(0, 12))
    // Beyond the 12: only the newest of today (already kept), so nothing else.
    expect(kept).toHaveLength(12)
  })

  it('then keeps the newest backup of each of the last 14 UTC days, nothing older', () => {
    const stamps: string[] = []
    for (let d = 0; d < 20; d++) for (let h = 1; h < 6; h++) stamps.push(at(T0 - d * DAY - h * HOUR))
    const kept = selectBackupsToKeep(stamps, new Date(T0))
    const days = kept.map((s) => Math.floor(parseStamp(s)! / DAY))
    expect(new Set(days).size).toBe(14)
    // Today: 11:00 is both within two hours and the day's newest (10:00 is exactly two hours old).
    expect(kept[0]).toBe(at(T0 - HOUR))
    for (let d = 1; d < 14; d++) expect(kept).toContain(at(T0 - d * DAY - HOUR))
    expect(kept.every((s) => parseStamp(s)! > T0 - 14 * DAY)).toBe(true)
  })

  it('always keeps the newest backup, however old, and never deletes what it cannot read', () => {
    const old = [at(T0 - 40 * DAY), at(T0 - 60 * DAY)]
    expect(selectBackupsToKeep([...old, 'not-a-stamp'], new Date(T0))).toEqual([old[0], 'not-a-stamp'])
  })

  it('counts backups from the future (clock set back) as recent and caps the total', () => {
    const future = Array.from({ length: 30 }, (_, i) => at(T0 + (i + 1) * MIN))
    expect(selectBackupsToKeep(future, new Date(T0))).toHaveLength(12)
    const loose = { ...BACKUP_POLICY, recentCap: 1000 }
    expect(selectBackupsToKeep(future.concat(future), new Date(T0), { ...loose, hardCap: 25 })).toHaveLength(
      25
    )
  })

  it('holds its invariants on random histories and is stable when applied again', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let run = 0; run < 200; run++) {
      const stamps = Array.from({ length: Math.floor(random() * 120) }, () =>
        at(T0 - Math.floor(random() * 25 * DAY))
      )
      const now = new Date(T0)
      const kept = selectBackupsToKeep(stamps, now)
      const times = [...new Set(stamps)].map((s) => parseStamp(s)!).sort((a, b) => b - a)
      expect(kept.length).toBeLessThanOrEqual(BACKUP_POLICY.hardCap)
      if (times[0] !== undefined) expect(kept[0]).toBe(at(times[0]))
      const recent = times.filter((t) => T0 - t < BACKUP_POLICY.recentMs).slice(0, BACKUP_POLICY.recentCap)
      for (const t of recent) expect(kept).toContain(at(t))
      for (let d = 0; d < BACKUP_POLICY.days; d++) {
        const day = Math.floor(T0 / DAY) - d
        const newestOfDay = times.find((t) => Math.floor(t / DAY) === day)
        if (newestOfDay !== undefined) expect(kept).toContain(at(newestOfDay))
      }
      expect(selectBackupsToKeep(kept, now)).toEqual(kept)
    }
  })
})
