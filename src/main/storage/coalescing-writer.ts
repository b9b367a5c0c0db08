import { writeFileDurable } from './durable-write'

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * Serialises durable writes of one file and coalesces bursts: while a write is in flight, later
 * requests collapse into one pending write of the newest data. Each caller's promise resolves only
 * once bytes at least as new as its own are on disk, so "acknowledged" always means "durable".
 */
export class CoalescingWriter {
  private inFlight = false
  private pending: { produce: () => string | Uint8Array; waiters: Waiter[] } | null = null
  /** Number of physical writes performed; benchmarks report it. */
  writes = 0

  constructor(
    readonly file: string,
    private readonly write: (file: string, data: string | Uint8Array) => Promise<void> = writeFileDurable
  ) {}

  /**
   * `data` may be a function: it is called once, when the write actually starts, so a burst of
   * requests serialises the document once rather than once per request.
   */
  request(data: string | Uint8Array | (() => string | Uint8Array)): Promise<void> {
    const produce = typeof data === 'function' ? data : () => data
    return new Promise<void>((resolve, reject) => {
      if (this.pending) {
        this.pending.produce = produce
        this.pending.waiters.push({ resolve, reject })
      } else {
        this.pending = { produce, waiters: [{ resolve, reject }] }
      }
      this.pump()
    })
  }

  /** Resolves when nothing is pending or in flight. */
  async idle(): Promise<void> {
    while (this.inFlight || this.pending) {
      await new Promise((r) => setTimeout(r, 1))
    }
  }

  private pump(): void {
    if (this.inFlight || !this.pending) return
    const job = this.pending
    this.pending = null
    this.inFlight = true
    this.writes++
    let data: string | Uint8Array
    try {
      data = job.produce()
    } catch (error) {
      this.finish(job.waiters, error)
      return
    }
    this.write(this.file, data).then(
      () => this.finish(job.waiters, null),
      (error: unknown) => this.finish(job.waiters, error ?? new Error('write failed'))
    )
  }

  private finish(waiters: Waiter[], error: unknown): void {
    this.inFlight = false
    for (const w of waiters) {
      if (error) w.reject(error)
      else w.resolve()
    }
    this.pump()
  }
}
