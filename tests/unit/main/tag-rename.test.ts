import { describe, expect, it } from 'vitest'
import { createCaptureService } from '../../../src/main/services/capture-service'
import { createInsightsService } from '../../../src/main/services/insights/insights-service'
import { createTagService } from '../../../src/main/services/insights/tag-service'
import { Notebook } from '../../../src/main/storage/notebook'
import { renameTagsInput } from '../../../src/shared/insights/tags-schema'
import { newSessionDetails } from '../../../src/shared/planning/session'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('renaming and merging tags across the notebook', () => {
  it('previews, renames in tags and inline #words, merges, and undoes without touching later edits', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const capture = createCaptureService(notebook)
    const insights = createInsightsService(notebook)
    const tags = createTagService(notebook, insights.index)
    const add = async (sessionId: string, text: string, noteTags: string[]) =>
      (
        await capture.add({
          sessionId,
          type: 'idea',
          text,
          blockId: null,
          links: [],
          tags: noteTags,
          speaker: null
        })
      ).value
    const a = (await notebook.sessions.create(newSessionDetails('A'))).id
    const b = (await notebook.sessions.create(newSessionDetails('B'))).id
    const n1 = await add(a, 'Rent is too high #logement', ['logement'])
    const n2 = await add(a, 'Waiting lists #Housing and #logement', ['housing', 'logement'])
    const n3 = await add(b, 'Social housing quotas #vivienda', ['vivienda'])
    await add(b, 'Nothing to rename', [])
    await insights.start()
    await insights.settled()

    const merge = renameTagsInput.parse({ from: ['logement', 'vivienda'], to: '#Housing' })
    expect(merge.to).toBe('housing')
    expect(tags.preview(merge)).toEqual({ notes: 3, sessions: 2 })
    const done = await tags.rename(merge)
    expect(done).toMatchObject({ notes: 3, sessions: 2 })
    const note = async (sessionId: string, id: string) =>
      (await notebook.sessions.get(sessionId)).captures.find((n) => n.id === id)!
    expect(await note(a, n1.id)).toMatchObject({ tags: ['housing'], text: 'Rent is too high #housing' })
    // Merged into a tag the note already had: listed once.
    expect(await note(a, n2.id)).toMatchObject({
      tags: ['housing'],
      text: 'Waiting lists #Housing and #housing'
    })
    await insights.settled()
    expect(insights.tags()).toEqual([{ tag: 'housing', count: 3 }])

    // Edited after the rename: undo leaves this note as the facilitator left it.
    await capture.update(b, n3.id, { text: 'Quotas, edited later #housing' })
    expect(await tags.undo(done.undoId)).toEqual({ notes: 2 })
    expect(await note(a, n1.id)).toMatchObject({ tags: ['logement'], text: 'Rent is too high #logement' })
    expect(await note(a, n2.id)).toMatchObject({ tags: ['housing', 'logement'] })
    expect(await note(b, n3.id)).toMatchObject({ tags: ['housing'], text: 'Quotas, edited later #housing' })
    expect(await codeOf(tags.undo(done.undoId))).toBe('tags/undo-expired')

    // Durable: the files say the same after a restart.
    await notebook.close()
    const again = await Notebook.open({ dir, owner: 'tool' })
    expect((await again.sessions.get(a)).captures.find((n) => n.id === n1.id)?.tags).toEqual(['logement'])
    await again.close()
  })

  it('refuses a tag that notes could not carry', () => {
    expect(renameTagsInput.safeParse({ from: ['a'], to: 'two words' }).success).toBe(false)
    expect(renameTagsInput.safeParse({ from: [], to: 'x' }).success).toBe(false)
  })
})
