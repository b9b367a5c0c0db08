/**
 * Retention of rolling session backups, as a pure function so it can be tested without files.
 *
 * Stamps are ISO 8601 basic format in UTC with milliseconds (`20261127T081326.123Z`): sortable as
 * text and legal in file names on every OS (the extended format's colons are not, on Windows).
 */
export interface BackupPolicy {
  recentMs: number
  recentCap: number
  days: number
  hardCap: number
}

export const BACKUP_POLICY: Readonly<BackupPolicy> = {
  /** Everything this recent is kept (a capture session's "undo the last hour")… */
  recentMs: 2 * 60 * 60 * 1000,
  /** …up to this many. */
  recentCap: 12,
  /** Then the newest backup of each UTC calendar day, for this many days including today. */
  days: 14,
  /** Never more than this per session, whatever the clock did. */
  hardCap: 40
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z$/

export function isStamp(value: string): boolean {
  return parseStamp(value) !== null
}

export function formatStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/^(\d{8}T\d{6})(\.\d{3})Z$/, '$1$2Z')
}

/** Milliseconds since the epoch, or null for anything that is not a well-formed stamp. */
export function parseStamp(stamp: string): number | null {
  const m = STAMP.exec(stamp)
  if (!m) return null
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[]
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!)
  // Reject rolled-over dates such as 20261331: formatting must give the same text back.
  return formatStamp(new Date(t)) === stamp ? t : null
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Which backups to keep at `now`, newest first. The newest backup is always kept, however old, so
 * a session that has not changed for a month still has one to recover from. Strings that are not
 * stamps are kept too: this function never decides to delete what it does not understand.
 */
export function selectBackupsToKeep(
  stamps: readonly string[],
  now: Date,
  policy: BackupPolicy = BACKUP_POLICY
): string[] {
  const nowMs = now.getTime()
  const foreign = stamps.filter((s) => parseStamp(s) === null)
  const dated = [...new Set(stamps)]
    .flatMap((stamp) => {
      const at = parseStamp(stamp)
      return at === null ? [] : [{ stamp, at }]
    })
    .sort((a, b) => b.at - a.at)
  const keep = new Set<string>()
  if (dated[0]) keep.add(dated[0].stamp)
  // A stamp from the future (the clock was set back) counts as recent rather than vanishing.
  dated
    .filter((b) => nowMs - b.at < policy.recentMs)
    .slice(0, policy.recentCap)
    .forEach((b) => keep.add(b.stamp))
  const today = Math.floor(nowMs / DAY_MS)
  const seenDays = new Set<number>()
  for (const b of dated) {
    const day = Math.floor(b.at / DAY_MS)
    if (day > today - policy.days && !seenDays.has(day)) keep.add(b.stamp)
    seenDays.add(day)
  }
  const kept = dated.filter((b) => keep.has(b.stamp)).slice(0, policy.hardCap)
  return [...kept.map((b) => b.stamp), ...foreign]
}
