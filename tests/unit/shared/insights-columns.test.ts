import { describe, expect, it } from 'vitest'
import { ListInterner, TextArena, dayNumber, dayString } from '../../../src/shared/insights/columns'
import { WordIndex } from '../../../src/shared/insights/word-index'

describe('the Insights index’s compact storage', () => {
  it('keeps texts as bytes, gives them back exactly, and reclaims replaced ones', () => {
    const arena = new TextArena()
    const texts = ['l’accès au « padrón » ¿sí? œuvre', 'Ünïcödé — 🙂', '']
    for (let round = 0; round < 2000; round++) texts.forEach((t, i) => arena.set(i, `${t} ${round}`))
    texts.forEach((t, i) => expect(arena.get(i)).toBe(`${t} 1999`))
    arena.clear(1)
    expect(arena.get(1)).toBe('')
    arena.trim()
    arena.set(3, 'après le rognage')
    expect([arena.get(0), arena.get(3)]).toEqual([`${texts[0]} 1999`, 'après le rognage'])
  })

  it('keeps texts whole across chunk boundaries, multi-byte characters included', () => {
    const arena = new TextArena()
    // 100 kB texts of two- and four-byte characters: a dozen of them fill more than one chunk.
    const texts = Array.from({ length: 24 }, (_, i) => `${i} ${'é🙂ص'.repeat(4000 + i * 37)}`)
    texts.forEach((t, i) => arena.set(i, t))
    texts.forEach((t, i) => expect(arena.get(i)).toBe(t))
  })

  it('shares equal lists, frozen, so 100,000 notes do not carry 100,000 arrays', () => {
    const lists = new ListInterner<number>()
    const a = lists.of([3, 1])
    expect(lists.of([3, 1])).toBe(a)
    expect(lists.of([1, 3])).not.toBe(a)
    expect(Object.isFrozen(a)).toBe(true)
    expect(lists.of([])).toEqual([])
  })

  it('days compare as numbers and come back as ISO days', () => {
    expect(dayNumber('2025-03-04')).toBe(20250304)
    expect(dayString(20250304)).toBe('2025-03-04')
  })

  it('finds every word, the last one by its start, and forgets removed notes even after compaction', () => {
    const words = new WordIndex()
    words.add(0, 'La vivienda asequible')
    words.add(1, 'Vivir en el barrio')
    words.add(2, 'l’accès à la vivienda')
    const hits = (q: string) => {
      const found = words.search(q)
      return found ? [0, 1, 2].filter((ix) => found.mask[ix] === 1) : null
    }
    expect(hits('VIV')).toEqual([0, 1, 2])
    expect(hits('vivienda acces')).toEqual([2])
    expect(hits('acces viv')).toEqual([2])
    expect(hits('...')).toBeNull()
    words.remove(2)
    expect(hits('vivienda')).toEqual([0])
    for (let ix = 3; ix < 2000; ix++) words.add(ix, `filler ${ix}`)
    for (let ix = 3; ix < 2000; ix++) words.remove(ix)
    expect(hits('vivienda')).toEqual([0])
    expect(hits('filler')).toEqual([])
  })
})
