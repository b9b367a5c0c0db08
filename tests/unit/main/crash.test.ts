import { describe, expect, it } from 'vitest'
import { runCrashHarness } from '../../support/crash-harness'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
/** 30 kills by default; PASSERELLE_CRASH_KILLS=200 npm test (or npx vitest run crash) for the long run. */
const KILLS = Number(process.env.PASSERELLE_CRASH_KILLS ?? 30)

describe('crash harness (built server, SIGKILL while capturing)', () => {
  it(
    `loses no acknowledged note and leaves every file readable across ${KILLS} kills`,
    { timeout: 600_000 },
    async () => {
      const report = await runCrashHarness(await tempDir(), KILLS)
      console.log(
        `crash harness: ${report.kills} kills, ${report.acknowledged} acknowledged notes, ${report.lost.length} lost, ${report.unreadableFiles.length} unreadable files, ${report.tempFilesAfterRestart.length} temp files after restart`
      )
      expect(report.acknowledged).toBeGreaterThan(report.kills)
      expect(report.lost).toEqual([])
      expect(report.unreadableFiles).toEqual([])
      expect(report.tempFilesAfterRestart).toEqual([])
    }
  )
})
