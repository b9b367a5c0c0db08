import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/main/backend'
import type { Session } from '../../../src/shared/planning/session'
import { richSession } from '../../support/rich-session'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const MINUTE = 60_000

async function setUp() {
  const dataDir = await tempDir()
  let clock = Date.parse('2026-03-16T09:00:00.000Z')
  const now = () => new Date(clock)
  const b = await openBackend({ dataDir, mode: 'browser', now })
  const s = await richSession(b.notebook)
  return { b, dataDir, now, s, advance: (ms: number) => (clock += ms) }
}

const capture = (text: string, sessionId: string) => ({ sessionId, type: 'idea', text, blockId: null })

describe('sessions not in use are released from memory', () => {
  it('releases a session left alone, and it comes back whole when asked for again', async () => {
    const { b, dataDir, s, advance } = await setUp()
    await revised(b.dispatch('captures:add', capture('before release', s.id)))
    advance(10 * MINUTE)
    expect(await b.notebook.sessions.releaseIdle(5 * MINUTE)).toEqual([s.id])
    expect(b.notebook.sessions.isLoaded(s.id)).toBe(false)

    const back = await value<Session>(b.dispatch('sessions:get', { id: s.id }))
    expect(back.captures.map((n) => n.text)).toContain('before release')
    expect(back.revision).toBeGreaterThan(0)
    await revised(b.dispatch('captures:add', capture('after release', s.id)))
    await b.close()

    const again = await openBackend({ dataDir, mode: 'browser' })
    const stored = await value<Session>(again.dispatch('sessions:get', { id: s.id }))
    expect(stored.captures.map((n) => n.text)).toEqual(
      expect.arrayContaining(['before release', 'after release'])
    )
    await again.close()
  })

  it('keeps a session someone used recently', async () => {
    const { b, s, advance } = await setUp()
    advance(10 * MINUTE)
    await value(b.dispatch('sessions:get', { id: s.id }))
    advance(2 * MINUTE)
    expect(await b.notebook.sessions.releaseIdle(5 * MINUTE)).toEqual([])
    expect(b.notebook.sessions.isLoaded(s.id)).toBe(true)
    await b.close()
  })

  it('a capture arriving while the session is being released waits, and is kept', async () => {
    const { b, dataDir, s, advance } = await setUp()
    advance(10 * MINUTE)
    const releasing = b.notebook.sessions.releaseIdle(5 * MINUTE)
    const added = revised<{ id: string }>(b.dispatch('captures:add', capture('during release', s.id)))
    await Promise.all([releasing, added])
    await b.close()
    const again = await openBackend({ dataDir, mode: 'browser' })
    const stored = await value<Session>(again.dispatch('sessions:get', { id: s.id }))
    expect(stored.captures.filter((n) => n.text === 'during release')).toHaveLength(1)
    await again.close()
  })
})
