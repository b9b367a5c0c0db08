import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/storage/json-document'
import { Notebook, NOTEBOOK_FILE, notebookSpec } from '../../../src/main/storage/notebook'
import { NOTEBOOK_VERSION, notebookFileSchema } from '../../../src/main/storage/schemas'
import { settingsPatchSchema } from '../../../src/shared/domain/settings'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/notebook', name))

describe('notebook.json v3: a language nobody chose, and the welcome', () => {
  it('is version 3, and its settings are strict: an older app opens it read-only instead of setting it aside', () => {
    expect(NOTEBOOK_VERSION).toBe(3)
    const v3 = { schemaVersion: 3, revision: 0, sessions: [] }
    expect(
      notebookFileSchema.safeParse({ ...v3, settings: { language: null, welcomeDismissed: false } }).success
    ).toBe(true)
    // A v2 reader would have refused the new field as invalid: hence the version bump, not a silent optional field.
    expect(notebookFileSchema.safeParse({ ...v3, settings: { language: 'fr' } }).success).toBe(false)
    expect(
      notebookFileSchema.safeParse({
        ...v3,
        settings: { language: null, welcomeDismissed: false, theme: 'x' }
      }).success
    ).toBe(false)
  })

  it('migrates v2’s English to “never chosen” (every new notebook got English before anyone chose)', () => {
    const v2 = { schemaVersion: 2, revision: 7, settings: { language: 'en' }, sessions: [] }
    expect(migrate(v2, notebookSpec)).toEqual({
      schemaVersion: 3,
      revision: 7,
      settings: { language: null, welcomeDismissed: false },
      sessions: []
    })
  })

  it('keeps Spanish or French as the choice it was, and shows no welcome to a notebook that holds sessions', () => {
    const sessions = [{ id: 'abcdefghij', title: 'Atelier', updatedAt: '2026-03-16T09:00:00.000Z' }]
    const migrated = migrate(
      { schemaVersion: 2, revision: 3, settings: { language: 'fr' }, sessions },
      notebookSpec
    )
    expect(migrated).toMatchObject({ settings: { language: 'fr', welcomeDismissed: true }, sessions })
    expect(notebookFileSchema.safeParse(migrated).success).toBe(true)
  })

  it('takes v1 through v2 to v3', () => {
    const v1 = { schemaVersion: 1, settings: { language: 'es' }, sessions: [] }
    expect(migrate(v1, notebookSpec)).toEqual({
      schemaVersion: 3,
      revision: 0,
      settings: { language: 'es', welcomeDismissed: false },
      sessions: []
    })
  })

  it('opens the v2 fixtures and writes them back as v3, revision kept', async () => {
    const fresh = await tempDir()
    await writeFile(join(fresh, NOTEBOOK_FILE), await fixture('notebook-v2.json'))
    const first = await Notebook.open({ dir: fresh, owner: 'tool' })
    expect(first.settings.get()).toEqual({ language: null, welcomeDismissed: false, revision: 7 })
    expect(first.status()).toEqual({ readOnly: false, recovered: [] })
    await first.close()
    const onDisk = JSON.parse(await readFile(join(fresh, NOTEBOOK_FILE), 'utf8'))
    expect(onDisk).toMatchObject({
      schemaVersion: 3,
      revision: 7,
      settings: { language: null, welcomeDismissed: false }
    })

    const used = await tempDir()
    await writeFile(join(used, NOTEBOOK_FILE), await fixture('notebook-v2-used.json'))
    const second = await Notebook.open({ dir: used, owner: 'tool' })
    expect(second.settings.get()).toEqual({ language: 'fr', welcomeDismissed: true, revision: 12 })
    await second.close()
  })

  it('remembers a hidden welcome and a chosen language across reopen; a language cannot be un-chosen', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    expect(notebook.settings.get()).toMatchObject({ language: null, welcomeDismissed: false })
    await notebook.settings.update({ welcomeDismissed: true })
    await notebook.settings.update({ language: 'en' })
    await notebook.close()
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    // English chosen is now told apart from English by default.
    expect(reopened.settings.get()).toEqual({ language: 'en', welcomeDismissed: true, revision: 2 })
    await reopened.close()
    expect(settingsPatchSchema.safeParse({ language: null }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ welcomeDismissed: 'yes' }).success).toBe(false)
  })
})
