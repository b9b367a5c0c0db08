import { describe, expect, it } from 'vitest'
import { RevisionChain } from '../../../src/renderer/src/api/revision-chain'

describe('RevisionChain', () => {
  it('follows a revision through this window’s own steps to the newest one', () => {
    const chain = new RevisionChain()
    chain.record('session:a', 4, 5)
    chain.record('session:a', 5, 6)
    expect(chain.follow('session:a', 4)).toBe(6)
    expect(chain.follow('session:a', 5)).toBe(6)
    expect(chain.follow('session:a', 6)).toBe(6)
  })

  it('leaves a revision it has no step from, and other documents, unchanged', () => {
    const chain = new RevisionChain()
    chain.record('session:a', 4, 5)
    expect(chain.follow('session:a', 9)).toBe(9)
    expect(chain.follow('session:b', 4)).toBe(4)
  })

  it('stops at a gap: a foreign step 5 → 6 breaks the chain from 4', () => {
    const chain = new RevisionChain()
    chain.record('session:a', 4, 5)
    // Another window took 5 → 6; this window then changed 6 → 7.
    chain.record('session:a', 6, 7)
    expect(chain.follow('session:a', 4)).toBe(5)
    expect(chain.isOwn('session:a', 4, 7)).toBe(false)
    expect(chain.isOwn('session:a', 6, 7)).toBe(true)
  })

  it('isOwn: only revisions reached through own steps, and the same revision', () => {
    const chain = new RevisionChain()
    chain.record('session:a', 1, 2)
    chain.record('session:a', 2, 3)
    expect(chain.isOwn('session:a', 1, 3)).toBe(true)
    expect(chain.isOwn('session:a', 2, 2)).toBe(true)
    expect(chain.isOwn('session:a', 1, 4)).toBe(false)
    expect(chain.isOwn('session:a', 3, 1)).toBe(false)
    expect(chain.isOwn('session:b', 1, 2)).toBe(false)
  })

  it('ignores steps that do not move forward', () => {
    const chain = new RevisionChain()
    chain.record('session:a', 5, 5)
    chain.record('session:a', 5, 3)
    expect(chain.follow('session:a', 5)).toBe(5)
    expect(chain.isOwn('session:a', 5, 3)).toBe(false)
  })

  it('keeps at most `keep` steps per document, dropping the oldest first', () => {
    const chain = new RevisionChain(3)
    for (let r = 0; r < 4; r++) chain.record('session:a', r, r + 1)
    // Step 0 → 1 was dropped; 1 → 2, 2 → 3 and 3 → 4 remain.
    expect(chain.follow('session:a', 0)).toBe(0)
    expect(chain.follow('session:a', 1)).toBe(4)
    expect(chain.isOwn('session:a', 0, 4)).toBe(false)
    expect(chain.isOwn('session:a', 2, 4)).toBe(true)
    // The cap is per document: another document's steps drop nothing here.
    for (let r = 0; r < 3; r++) chain.record('session:b', r, r + 1)
    expect(chain.follow('session:a', 1)).toBe(4)
    expect(chain.follow('session:b', 0)).toBe(3)
  })
})
