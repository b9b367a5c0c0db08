/** Backups are taken this often while a session has changes not yet backed up (and on quit). */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

/** Runs `run` every `ms` and returns a cancel function; tests pass vitest's fake timers through the default. */
export type Schedule = (run: () => void, ms: number) => () => void

export const defaultSchedule: Schedule = (run, ms) => {
  const timer = setInterval(run, ms)
  // A pending backup timer must not keep a CLI or test process alive; quit calls flush().
  timer.unref?.()
  return () => clearInterval(timer)
}
