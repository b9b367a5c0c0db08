import { describe, expect, it } from 'vitest'
import { runRoomCrashHarness } from '../../../support/room-crash-harness'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
/** 12 kills by default; PASSERELLE_CRASH_KILLS=100 for the long run. */
const KILLS = Number(process.env.PASSERELLE_CRASH_KILLS ?? 12)

describe('crash harness for the room (built server, SIGKILL while phones send and the facilitator accepts)', () => {
  it(`loses no acknowledged contribution across ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const report = await runRoomCrashHarness(await tempDir(), KILLS)
    console.log(
      `room crash harness: ${report.kills} kills, ${report.acknowledged} acknowledged, ${report.accepted} accepted, ${report.lost.length} lost, ${report.unreadableLines} unreadable lines`
    )
    expect(report.acknowledged).toBeGreaterThan(report.kills)
    expect(report.lost).toEqual([])
    expect(report.unreadableLines).toBe(0)
  })
})
