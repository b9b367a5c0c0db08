import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../../src/main/backend'
import { revised, value } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

interface N {
  id: string
  consent: string
  speaker: string | null
  elapsedSeconds: number | null
  text: string
}

async function session(b: Backend, details: Record<string, unknown> = {}) {
  return value<{ id: string; blocks: Array<{ id: string }> }>(
    b.dispatch('sessions:create', { title: 'Capture', ...details })
  )
}

describe('capture (real notebook in a temp folder)', () => {
  it('keeps every one of many concurrent first captures after a restart (no second store for one file)', async () => {
    const dataDir = await tempDir()
    let b = await openBackend({ dataDir, mode: 'browser' })
    const s = await session(b)
    await b.close()
    b = await openBackend({ dataDir, mode: 'browser' })
    const notes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        revised<N>(
          b.dispatch('captures:add', { sessionId: s.id, type: 'idea', text: `idea ${i}`, blockId: null })
        )
      )
    )
    await b.close()
    b = await openBackend({ dataDir, mode: 'browser' })
    const stored = await value<{ captures: N[] }>(b.dispatch('sessions:get', { id: s.id }))
    expect(stored.captures.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort())
    await b.close()
  })

  it('defaults consent from the session, never keeps a speaker on an anonymous note, and stamps elapsed time once live', async () => {
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser' })
    const chatham = await session(b)
    const open = await session(b, {
      consent: { chathamHouse: false, attributableQuotes: true, photos: false, note: '' }
    })
    const a = await revised<N>(
      b.dispatch('captures:add', {
        sessionId: chatham.id,
        type: 'quote',
        text: 'x',
        blockId: null,
        speaker: 'Group A'
      })
    )
    const c = await revised<N>(
      b.dispatch('captures:add', {
        sessionId: open.id,
        type: 'quote',
        text: 'y',
        blockId: null,
        speaker: 'Group A'
      })
    )
    // Chatham House: what is said may be used (anonymous), not kept out of every export (internal).
    expect([a.consent, c.consent]).toEqual(['anonymous', 'shareable'])
    expect(a.speaker).toBeNull()
    const anon = await revised<N>(
      b.dispatch('captures:add', {
        sessionId: open.id,
        type: 'quote',
        text: 'z',
        blockId: null,
        speaker: 'Amal',
        consent: 'anonymous'
      })
    )
    expect(anon.speaker).toBeNull()
    const later = await revised<N>(
      b.dispatch('captures:update', { sessionId: open.id, noteId: c.id, patch: { consent: 'anonymous' } })
    )
    expect(later.speaker).toBeNull()
    expect(a.elapsedSeconds).toBeNull()
    await b.close()
  })

  it('edits, deletes and restores a note in its place, and refuses empty or oversized text', async () => {
    // A frozen clock: all three notes are taken within the same millisecond, as in a fast burst.
    const frozen = new Date('2026-03-16T09:00:00.000Z')
    const b = await openBackend({ dataDir: await tempDir(), mode: 'browser', now: () => frozen })
    const s = await session(b)
    const ids: string[] = []
    for (const text of ['one', 'two', 'three'])
      ids.push(
        (
          await revised<N>(
            b.dispatch('captures:add', { sessionId: s.id, type: 'insight', text, blockId: null })
          )
        ).id
      )
    await value(
      b.dispatch('captures:update', { sessionId: s.id, noteId: ids[1], patch: { text: 'two, edited' } })
    )
    const removed = await revised<N>(b.dispatch('captures:delete', { sessionId: s.id, noteId: ids[1] }))
    expect(
      (await value<{ captures: N[] }>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)
    ).toEqual(['one', 'three'])
    await value(b.dispatch('captures:restore', { sessionId: s.id, note: removed }))
    expect(
      (await value<{ captures: N[] }>(b.dispatch('sessions:get', { id: s.id }))).captures.map((n) => n.text)
    ).toEqual(['one', 'two, edited', 'three'])
    for (const text of ['   ', 'x'.repeat(5001)]) {
      expect(
        await b.dispatch('captures:add', { sessionId: s.id, type: 'insight', text, blockId: null })
      ).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
    }
    expect(await b.dispatch('captures:delete', { sessionId: s.id, noteId: 'nonexistent1' })).toMatchObject({
      ok: false,
      error: { code: 'capture/not-found' }
    })
    await b.close()
  })
})
