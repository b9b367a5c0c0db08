import { describe, expect, it } from 'vitest'
import { PostingPool, type Postings } from '../../../src/shared/insights/posting-pool'

const idsOf = (pool: PostingPool, list: Postings) => {
  const ids: number[] = []
  pool.forEach(list, (id) => ids.push(id))
  return ids
}

describe('PostingPool', () => {
  it('keeps interleaved lists apart and in order as they grow across blocks and pages', () => {
    const pool = new PostingPool()
    const common = pool.list()
    const rare = pool.list()
    const expected: number[] = []
    // 300,000 ids: more than one 1 MB page, so blocks chain across pages.
    for (let id = 0; id < 300_000; id++) {
      pool.push(common, id)
      expected.push(id)
      if (id % 50_000 === 7) pool.push(rare, id)
    }
    expect(common.length).toBe(300_000)
    expect(idsOf(pool, common)).toEqual(expected)
    expect(idsOf(pool, rare)).toEqual([7, 50_007, 100_007, 150_007, 200_007, 250_007])
  })

  it('repacks keeping only the ids asked for, reports the lists left empty, and grows again', () => {
    const pool = new PostingPool()
    const lists = [pool.list(), pool.list(), pool.list()]
    for (let id = 0; id < 5000; id++) pool.push(lists[id % 3]!, id)
    const emptied = pool.repack(lists, (id) => id % 3 !== 2 && id % 2 === 0)
    expect(emptied).toEqual([lists[2]])
    expect(idsOf(pool, lists[0]!)).toEqual(Array.from({ length: 834 }, (_, i) => i * 6))
    expect(lists[0]!.length).toBe(834)
    expect(idsOf(pool, lists[2]!)).toEqual([])
    pool.push(lists[0]!, 9999)
    pool.push(lists[2]!, 42)
    expect(idsOf(pool, lists[0]!).slice(-2)).toEqual([4998, 9999])
    expect(idsOf(pool, lists[2]!)).toEqual([42])
  })
})
