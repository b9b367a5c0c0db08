import type { Channel } from './channels'

const KiB = 1024
const MiB = 1024 * KiB

/**
 * How much one API call may carry, checked by browser mode's HTTP server before and while it reads
 * the body, so a hostile request costs a few hundred kilobytes of work instead of seconds and a
 * gigabyte. Every limit sits above the largest input the channel's schema accepts, at three UTF-8
 * bytes per character (only control characters, which no form produces, take more once escaped);
 * tests/unit/main/http-limits.test.ts builds those largest inputs and checks that they fit.
 */
export const REQUEST_LIMITS = {
  /** Settings, one note, one Library entry, ids: their largest valid input is well under this. */
  defaultBytes: 256 * KiB,
  /** A file being imported, JSON-escaped inside the request; also the most the renderer reads of a picked file. */
  fileBytes: 32 * MiB,
  /** `{`, `[` and `,` outside strings; the busiest valid call, 20,000 note ids in a cluster, has about 20,000. */
  maxElements: 100_000,
  maxDepth: 64
} as const

/** The channels that carry a whole file the user picked, as one string. */
export const FILE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'content:preview',
  'content:import',
  'sessions:import-preview',
  'sessions:import',
  'sessions:import-labelled'
])

/** Channels whose largest valid input outgrows the default; every other channel gets `defaultBytes`. */
const LARGER: Partial<Record<Channel, number>> = {
  // 300 blocks of 10,000-character notes and 2,000 characters of materials: about 12 MB at worst.
  'sessions:set-agenda': 16 * MiB,
  // 60 personas of about 7,200 characters each.
  'sessions:set-personas': 2 * MiB,
  // A new cluster can start with every note of a session: 20,000 ids.
  'synthesis:add-cluster': 2 * MiB
}

export function bodyLimitFor(channel: Channel): number {
  if (FILE_CHANNELS.has(channel)) return REQUEST_LIMITS.fileBytes
  return LARGER[channel] ?? REQUEST_LIMITS.defaultBytes
}

/**
 * The most of a picked file the renderer reads. Anything larger is over every import limit
 * (a 10-million-character pack is at most 30 MB of UTF-8), so it is refused before being read,
 * and every file it does send passes the channel's schema and reaches the service, which names
 * the real limit.
 */
export const IMPORT_FILE_MAX_BYTES = REQUEST_LIMITS.fileBytes
