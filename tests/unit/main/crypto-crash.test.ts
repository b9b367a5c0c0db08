import { describe, expect, it } from 'vitest'
import { runCrashHarness } from '../../support/crash-harness'
import { runConversionCrash } from '../../support/conversion-crash'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
/** 8 kills each by default; PASSERELLE_CRASH_KILLS=50 for the long run. */
const KILLS = Number(process.env.PASSERELLE_CRASH_KILLS ?? 8)
const PASS = 'crash test passphrase'

describe('crash harness with encryption (built server, SIGKILL)', () => {
  it(
    `loses no acknowledged note in a protected notebook across ${KILLS} kills while capturing`,
    { timeout: 600_000 },
    async () => {
      const report = await runCrashHarness(await tempDir(), KILLS, Math.random, PASS)
      console.log(
        `encrypted crash harness: ${report.kills} kills, ${report.acknowledged} acknowledged, ${report.lost.length} lost, ${report.unreadableFiles.length} unreadable`
      )
      expect(report.acknowledged).toBeGreaterThan(report.kills)
      expect(report.lost).toEqual([])
      expect(report.unreadableFiles).toEqual([])
      expect(report.tempFilesAfterRestart).toEqual([])
    }
  )

  it(
    `leaves a whole notebook, plain or protected, across ${KILLS} kills while turning protection on`,
    { timeout: 600_000 },
    async () => {
      const report = await runConversionCrash(await tempDir(), KILLS, PASS)
      console.log(
        `conversion crash: ${report.kills} kills (protect takes ${Math.round(report.protectMs)} ms), ${report.plain} plain, ${report.protected} protected, ${report.lost.length} lost, ${report.unreadable.length} unreadable`
      )
      expect(report.lost).toEqual([])
      expect(report.unreadable).toEqual([])
      expect(report.leftovers).toEqual([])
      expect(report.plain + report.protected).toBe(KILLS)
    }
  )
})
