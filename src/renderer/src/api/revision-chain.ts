/**
 * Which revisions of a document this window produced itself. A change based on revision 4 that
 * waited behind this window's own change 4 → 5 is still based on what the user saw, so it is sent
 * as "expected 5"; a change based on 4 after another window's change 4 → 5 is not, and the server
 * refuses it (`storage/conflict`). Without this, two quick clicks would conflict with each other.
 */
export class RevisionChain {
  private readonly steps = new Map<string, Map<number, number>>()

  constructor(private readonly keep = 500) {}

  /** The newest revision reachable from `revision` through this window's own changes. */
  follow(doc: string, revision: number): number {
    const steps = this.steps.get(doc)
    let current = revision
    for (let hops = 0; steps?.has(current) && hops < this.keep; hops++) current = steps.get(current)!
    return current
  }

  /** This window's change took `doc` from `from` to `to`. */
  record(doc: string, from: number, to: number): void {
    if (to <= from) return
    let steps = this.steps.get(doc)
    if (!steps) this.steps.set(doc, (steps = new Map()))
    steps.set(from, to)
    // Oldest first (insertion order): old steps matter only to changes queued long ago.
    if (steps.size > this.keep) steps.delete(steps.keys().next().value!)
  }

  /** Forget every step (the notebook locked: the next changes start from what main then says). */
  clear(): void {
    this.steps.clear()
  }

  /** True when `to` is reachable from `from` by this window's own changes only. */
  isOwn(doc: string, from: number, to: number): boolean {
    const steps = this.steps.get(doc)
    let current = from
    for (let hops = 0; hops <= this.keep; hops++) {
      if (current === to) return true
      const next = steps?.get(current)
      if (next === undefined) return false
      current = next
    }
    return false
  }
}

/** One chain per window: every hook and editor of this page shares it. */
export const revisionChain = new RevisionChain()
