import { AppError } from '../../shared/errors'
import type { RoomApiError } from '../../shared/room/constants'
import type { RoomVoteOption } from '../../shared/room/participant'
import { LIMITS } from '../../shared/limits'
import type { Notebook } from '../storage/notebook'
import type { SessionFile } from '../storage/schemas'
import { tally, type Publication } from './room-state'

type Reply = { ok: true; myVotes: Record<string, number> } | { ok: false; error: RoomApiError }

/**
 * The phones' dots for the clusters on show. Each phone holds one allocation (replaced on each
 * vote); the room's total per cluster is added to that cluster's count in the synthesis, so the
 * facilitator's own dots and the room's add up. A new set of clusters or dots starts a new round:
 * what the phones gave before stays counted, and every phone gets its dots back.
 */
export class RoomVotes {
  private allocations = new Map<string, Record<string, number>>()
  /** What this round has added to each cluster's count so far. */
  private applied: Record<string, number> = {}
  private names: RoomVoteOption[] = []
  private flushing: Promise<void> = Promise.resolve()
  private timer: ReturnType<typeof setTimeout> | null = null
  attribution = false

  constructor(
    private readonly notebook: Notebook,
    private readonly sessionId: string,
    private publication: Publication
  ) {}

  options(): RoomVoteOption[] {
    return this.names
  }

  of(phone: string): Record<string, number> {
    return { ...(this.allocations.get(phone) ?? {}) }
  }

  counts(): Record<string, number> {
    return tally(this.allocations.values())
  }

  set(phone: string, votes: Record<string, number>): Reply {
    const open = new Set(this.names.map((c) => c.id))
    if (open.size === 0) return { ok: false, error: 'no-voting' }
    let total = 0
    for (const [id, n] of Object.entries(votes)) {
      if (!open.has(id)) return { ok: false, error: 'invalid' }
      total += n
    }
    if (total > this.publication.dots) return { ok: false, error: 'too-many-dots' }
    this.allocations.set(phone, Object.fromEntries(Object.entries(votes).filter(([, n]) => n > 0)))
    this.schedule()
    return { ok: true, myVotes: this.of(phone) }
  }

  /** Cluster names and existence follow the session. */
  refresh(session: Readonly<SessionFile>): void {
    this.names = this.publication.clusterIds.flatMap((id) => {
      const cluster = session.synthesis.clusters.find((c) => c.id === id)
      return cluster ? [{ id, name: cluster.name }] : []
    })
  }

  republish(next: Publication, session: Readonly<SessionFile>): void {
    const sameRound =
      next.dots === this.publication.dots &&
      next.clusterIds.length === this.publication.clusterIds.length &&
      next.clusterIds.every((id, i) => id === this.publication.clusterIds[i])
    this.publication = next
    this.refresh(session)
    if (sameRound) return
    // Counted dots stay in the synthesis; the phones start the new round with all their dots.
    void this.flush().then(() => {
      this.allocations.clear()
      this.applied = {}
    })
  }

  /** Writes the difference between the phones' dots and what was already added. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.flushing = this.flushing.then(() => this.apply()).catch(() => undefined)
    return this.flushing
  }

  private schedule(): void {
    // Votes arrive in bursts when a vote opens; one write per burst is enough.
    this.timer ??= setTimeout(() => void this.flush(), 300)
  }

  private async apply(): Promise<void> {
    const counts = this.counts()
    for (const id of new Set([...Object.keys(counts), ...Object.keys(this.applied)])) {
      const delta = (counts[id] ?? 0) - (this.applied[id] ?? 0)
      if (delta === 0) continue
      await this.notebook.sessions
        .journalled(this.sessionId, (draft) => {
          const cluster = draft.synthesis.clusters.find((c) => c.id === id)
          // A cluster deleted since gets nothing; the write is refused and nothing changes.
          if (!cluster) throw new AppError('capture/not-found', `no cluster ${id}`)
          cluster.votes = Math.max(0, Math.min(LIMITS.synthesis.votes, cluster.votes + delta))
          return {
            value: null,
            op: { op: 'cluster', clusterId: id, name: cluster.name, votes: cluster.votes }
          }
        })
        .catch(() => undefined)
      this.applied[id] = counts[id] ?? 0
    }
  }
}
