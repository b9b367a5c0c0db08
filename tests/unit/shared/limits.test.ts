import { nanoid } from 'nanoid'
import { describe, expect, it } from 'vitest'
import { erasePseudonymInput } from '../../../src/shared/domain/notebook-ops'
import {
  ENTITY_ID_PATTERN,
  ITEM_REF_PATTERN,
  RECORD_ID_PATTERN,
  isEntityId,
  isItemRef,
  isRecordId,
  isSlugId
} from '../../../src/shared/ids'
import { LIMITS } from '../../../src/shared/limits'
import { addNoteInput, noteSchema, type Note } from '../../../src/shared/planning/capture'
import {
  personaSchema,
  sessionDetailsSchema,
  sessionRefInput,
  sessionSchema
} from '../../../src/shared/planning/session'

const note: Note = {
  id: 'note-limits-0001',
  createdAt: '2026-03-16T09:00:00.000Z',
  blockId: null,
  elapsedSeconds: null,
  type: 'insight',
  text: 'x',
  links: [],
  tags: [],
  speaker: null,
  consent: 'internal'
}

/** Accepted at exactly `limit`, refused one above. */
function expectBoundary(accepts: (n: number) => boolean, limit: number) {
  expect(accepts(limit), `accepts ${limit}`).toBe(true)
  expect(accepts(limit + 1), `refuses ${limit + 1}`).toBe(false)
}

describe('schemas enforce the shared limits', () => {
  it('keeps the numbers the app has always enforced', () => {
    expect(LIMITS.session.title).toBe(200)
    expect(LIMITS.session.longText).toBe(10_000)
    expect(LIMITS.session.captures).toBe(20_000)
    expect(LIMITS.note.text).toBe(5000)
    expect(LIMITS.persona.story).toBe(4000)
    expect(LIMITS.pseudonym.max).toBe(60)
  })

  it('session title: accepted at the limit, refused one character above', () => {
    const title = sessionDetailsSchema.shape.title
    expectBoundary((n) => title.safeParse('t'.repeat(n)).success, LIMITS.session.title)
  })

  it('note text: accepted at the limit, refused one character above, stored and typed alike', () => {
    expectBoundary((n) => noteSchema.shape.text.safeParse('n'.repeat(n)).success, LIMITS.note.text)
    const typed = (n: number) =>
      addNoteInput.safeParse({ sessionId: 'session-0001', type: 'idea', text: 'n'.repeat(n), blockId: null })
        .success
    expectBoundary(typed, LIMITS.note.text)
  })

  it('persona story and pseudonym follow the same numbers', () => {
    expectBoundary((n) => personaSchema.shape.story.safeParse('s'.repeat(n)).success, LIMITS.persona.story)
    expectBoundary(
      (n) => erasePseudonymInput.safeParse({ name: 'p'.repeat(n), dryRun: true }).success,
      LIMITS.pseudonym.max
    )
  })

  it('captures per session: accepted at the limit, refused one note above', () => {
    const captures = sessionSchema.shape.captures
    expectBoundary(
      (n) => captures.safeParse(Array.from({ length: n }, () => note)).success,
      LIMITS.session.captures
    )
  })
})

describe('id rules', () => {
  it('are the patterns the schemas always used', () => {
    expect(RECORD_ID_PATTERN.source).toBe('^[A-Za-z0-9_-]{8,40}$')
    expect(ENTITY_ID_PATTERN.source).toBe('^[A-Za-z0-9_-]{6,40}$')
    expect(ITEM_REF_PATTERN.source).toBe('^(?:[a-z0-9]+(?:-[a-z0-9]+)*|yours):[A-Za-z0-9_-]{1,80}$')
  })

  it('accept the ids the app makes', () => {
    for (let i = 0; i < 50; i++) {
      expect(isRecordId(nanoid())).toBe(true)
      expect(isEntityId(nanoid(10))).toBe(true)
    }
    expect(isEntityId('abc123')).toBe(true)
    expect(isSlugId('world-cafe')).toBe(true)
    expect(isItemRef('uclg-plm-28:case-grenoble')).toBe(true)
    expect(isItemRef(`yours:${nanoid()}`)).toBe(true)
  })

  it('refuse paths, empty, too short, too long and non-strings', () => {
    for (const bad of [
      '../x',
      '..',
      'a/b/c/d/e/f',
      'abc\\defgh',
      '',
      'short',
      'x'.repeat(41),
      ' spaced-id '
    ]) {
      expect(isRecordId(bad), JSON.stringify(bad)).toBe(false)
    }
    for (const bad of ['../x', '', 'abcde', 'x'.repeat(41)]) expect(isEntityId(bad), bad).toBe(false)
    for (const bad of [null, undefined, 12345678, {}]) {
      expect(isRecordId(bad)).toBe(false)
      expect(isEntityId(bad)).toBe(false)
      expect(isSlugId(bad)).toBe(false)
      expect(isItemRef(bad)).toBe(false)
    }
    expect(isRecordId('x'.repeat(40))).toBe(true)
    expect(isSlugId('World-Cafe')).toBe(false)
    expect(isSlugId('a--b')).toBe(false)
    expect(isSlugId('a'.repeat(81))).toBe(false)
    expect(isItemRef('yours:../x')).toBe(false)
    expect(isItemRef('pack:')).toBe(false)
  })

  it('is what the schemas check', () => {
    expect(sessionRefInput.safeParse({ id: nanoid() }).success).toBe(true)
    expect(sessionRefInput.safeParse({ id: '../x' }).success).toBe(false)
    expect(sessionRefInput.safeParse({ id: 'x'.repeat(41) }).success).toBe(false)
  })
})
