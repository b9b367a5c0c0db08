/** Ints in one page of the pool (1 MB): pages are allocated once and never regrown. */
const PAGE_BITS = 18
const PAGE = 1 << PAGE_BITS
const FIRST_BLOCK = 4
const LARGEST_BLOCK = 2048
/** A block is [next block, capacity, ids…]. */
const HEADER = 2
const NONE = -1

/** One word's notes: a chain of blocks in the pool, the last one being filled. */
export interface Postings {
  first: number
  last: number
  /** Ids in the last block. */
  fill: number
  length: number
}

/**
 * Every word's note numbers in shared 1 MB pages. A list grows by chaining a block twice the size
 * of its last one instead of copying itself into a new array: growing thousands of lists by
 * reallocation left the allocator with tens of megabytes of freed holes it never gave back
 * (measured at 100,000 notes). Space left behind by removals is recovered by `repack`.
 */
export class PostingPool {
  private pages: Int32Array[] = []
  private top = PAGE

  list(): Postings {
    const block = this.block(FIRST_BLOCK)
    return { first: block, last: block, fill: 0, length: 0 }
  }

  push(list: Postings, id: number): void {
    let page = this.pages[list.last >>> PAGE_BITS]!
    let at = list.last & (PAGE - 1)
    const capacity = page[at + 1]!
    if (list.fill === capacity) {
      const next = this.block(Math.min(capacity * 2, LARGEST_BLOCK))
      page[at] = next
      list.last = next
      list.fill = 0
      page = this.pages[next >>> PAGE_BITS]!
      at = next & (PAGE - 1)
    }
    page[at + HEADER + list.fill++] = id
    list.length++
  }

  /** Calls `visit` with each id of the list, in the order they were added. */
  forEach(list: Postings, visit: (id: number) => void): void {
    for (let block = list.first; block !== NONE;) {
      const page = this.pages[block >>> PAGE_BITS]!
      const at = block & (PAGE - 1)
      const end = at + HEADER + (block === list.last ? list.fill : page[at + 1]!)
      for (let i = at + HEADER; i < end; i++) visit(page[i]!)
      block = page[at]!
    }
  }

  /**
   * The search's intersection step, over one list: a note that matched the first `k` words
   * (`counts[id] === k`) now matched `k + 1`. A loop of its own, without a call per id.
   */
  advance(list: Postings, counts: Uint8Array, k: number): void {
    for (let block = list.first; block !== NONE;) {
      const page = this.pages[block >>> PAGE_BITS]!
      const at = block & (PAGE - 1)
      const end = at + HEADER + (block === list.last ? list.fill : page[at + 1]!)
      for (let i = at + HEADER; i < end; i++) {
        const id = page[i]!
        if (counts[id] === k) counts[id] = k + 1
      }
      block = page[at]!
    }
  }

  /**
   * Every list copied, keeping only the ids `keep` accepts, into fresh pages with one block per
   * list of exactly its size; lists left empty are returned so their words can be dropped.
   */
  repack(lists: Iterable<Postings>, keep: (id: number) => boolean): Postings[] {
    const old = new PostingPool()
    old.pages = this.pages
    this.pages = []
    this.top = PAGE
    const empty: Postings[] = []
    for (const list of lists) {
      const ids: number[] = []
      old.forEach(list, (id) => {
        if (keep(id)) ids.push(id)
      })
      const block = this.block(Math.max(FIRST_BLOCK, Math.min(ids.length, PAGE - HEADER)))
      Object.assign(list, { first: block, last: block, fill: 0, length: 0 })
      for (const id of ids) this.push(list, id)
      if (ids.length === 0) empty.push(list)
    }
    return empty
  }

  private block(capacity: number): number {
    if (this.top + HEADER + capacity > PAGE) {
      this.pages.push(new Int32Array(PAGE))
      this.top = 0
    }
    const page = this.pages.length - 1
    const at = this.top
    this.pages[page]![at] = NONE
    this.pages[page]![at + 1] = capacity
    this.top += HEADER + capacity
    return (page << PAGE_BITS) | at
  }
}
