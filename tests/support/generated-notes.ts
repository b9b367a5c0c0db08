import type { Note } from '../../src/shared/planning/capture'

/** `count` valid anonymous notes with predictable ids (`note00000042`), a second apart. */
export function generatedNotes(count: number): Note[] {
  const start = Date.parse('2026-03-16T09:00:00.000Z')
  return Array.from({ length: count }, (_, i) => ({
    id: `note${String(i).padStart(8, '0')}`,
    createdAt: new Date(start + i * 1000).toISOString(),
    blockId: null,
    elapsedSeconds: null,
    type: 'insight',
    text: `Note ${i}`,
    links: [],
    tags: [],
    speaker: null,
    consent: 'anonymous'
  }))
}
