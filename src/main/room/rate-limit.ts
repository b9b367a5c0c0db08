/**
 * Fixed one-minute windows of counts per client key. A room holds a few dozen phones, so a plain
 * map swept on each window change is enough; the cap on keys keeps a flood of spoofed clients
 * from growing it without bound (past the cap, unknown clients are refused until the window turns).
 */
export class RateLimiter {
  private counts = new Map<string, number>()
  private windowStart = 0

  constructor(
    private readonly perWindow: number,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 5000
  ) {}

  /** Counts one event for `key`; false when the key is already at its limit for this window. */
  take(key: string): boolean {
    const count = this.peek(key)
    if (count >= this.perWindow) return false
    if (count === 0 && this.counts.size >= this.maxKeys) return false
    this.counts.set(key, count + 1)
    return true
  }

  /** True while `key` has used up this window (checked before doing any work for it). */
  exhausted(key: string): boolean {
    return this.peek(key) >= this.perWindow
  }

  private peek(key: string): number {
    const t = this.now()
    if (t - this.windowStart >= this.windowMs) {
      this.windowStart = t
      this.counts.clear()
    }
    return this.counts.get(key) ?? 0
  }
}
