import { describe, expect, it } from 'vitest'
import { fold } from '../../../src/shared/content/search'
import { completeTag, renameInNote, suggestTags, tagFragment } from '../../../src/shared/insights/tags'

const TAGS = [
  { tag: 'vivienda', count: 9 },
  { tag: 'vivre-ensemble', count: 4 },
  { tag: 'égalité', count: 2 }
]

describe('tag suggestions while typing # in capture', () => {
  it('finds the fragment just before the caret, and only a real hashtag', () => {
    expect(tagFragment('Rent is high #viv', 17)).toEqual({ start: 13, typed: 'viv' })
    expect(tagFragment('#', 1)).toEqual({ start: 0, typed: '' })
    expect(tagFragment('mail me at a#b', 14)).toBeNull()
    expect(tagFragment('#viv done', 9)).toBeNull()
  })

  it('suggests existing tags that complete it, accents and case aside, most used first', () => {
    expect(suggestTags(TAGS, 'VIV', fold)).toEqual(['vivienda', 'vivre-ensemble'])
    expect(suggestTags(TAGS, 'ega', fold)).toEqual(['égalité'])
    expect(suggestTags(TAGS, 'vivienda', fold)).toEqual([])
  })

  it('completes the word at the caret and puts the caret after it', () => {
    expect(completeTag('Rent #viv', 9, 'vivienda')).toEqual({ text: 'Rent #vivienda ', caret: 15 })
    expect(completeTag('Rent #viv and more', 9, 'vivienda')).toEqual({
      text: 'Rent #vivienda and more',
      caret: 15
    })
  })

  it('renames inline #words with the tags, leaving longer words alone', () => {
    expect(renameInNote({ tags: ['viv'], text: '#viv and #vivienda' }, ['viv'], 'housing')).toEqual({
      tags: ['housing'],
      text: '#housing and #vivienda'
    })
  })
})
