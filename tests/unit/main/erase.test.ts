import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCaptureService } from '../../../src/main/services/capture-service'
import { createEraseService } from '../../../src/main/services/erase-service'
import { createScrubber, scrubSession } from '../../../src/main/services/pseudonym'
import { Notebook } from '../../../src/main/storage/notebook'
import { hashTree, richSession } from '../../support/rich-session'
import { codeOf } from '../../support/result-value'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** Every file under `dir` (relative path) whose bytes contain a match. */
async function filesMatching(dir: string, pattern: RegExp): Promise<string[]> {
  const hits: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue
    const path = join(e.parentPath, e.name)
    if (pattern.test(await readFile(path, 'utf8'))) hits.push(path.slice(dir.length))
  }
  return hits
}

describe('erase a session (real files)', () => {
  it('removes the session file, set-aside copies, temp files and every backup at once', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const gone = await richSession(notebook, 'To erase', 'Zyxwvut')
    const stays = await richSession(notebook, 'Stays', 'Other')
    await notebook.backups.runOnce()
    await createCaptureService(notebook).add({
      sessionId: gone.id,
      type: 'idea',
      text: 'Zyxwvut again',
      blockId: null,
      links: [],
      tags: [],
      speaker: null
    })
    await notebook.backups.runOnce()
    expect(await readdir(join(dir, 'backups', gone.id))).toHaveLength(2)
    // What a crash or an earlier unreadable file would have left behind.
    await writeFile(join(dir, 'sessions', `.${gone.id}.json.99999.1.tmp`), 'Zyxwvut partial')
    await writeFile(join(dir, 'sessions', `${gone.id}.json.corrupt-20261127T081326Z`), '{"Zyxwvut"')
    // A change not yet backed up must not bring a backup back after the erase.
    notebook.backups.markChanged(gone.id)

    const erase = createEraseService(notebook)
    // Session file, its capture journal (the note above), the set-aside copy, the temp file, 2 backups.
    expect(await erase.eraseSession(gone.id)).toEqual({ files: 6 })
    await notebook.backups.runOnce()
    expect(await filesMatching(dir, new RegExp(`Zyxwvut|${gone.id}`))).toEqual([])
    expect(notebook.sessions.list().map((s) => s.id)).toEqual([stays.id])
    expect(await codeOf(notebook.sessions.get(gone.id))).toBe('session/not-found')
    expect((await notebook.sessions.get(stays.id)).title).toBe('Stays')
    expect(await readdir(join(dir, 'backups'))).toEqual([stays.id])
    await notebook.close()
    expect(await filesMatching(dir, new RegExp(`Zyxwvut|${gone.id}`))).toEqual([])
  })

  it('purges a deleted session from the trash immediately instead of at the next start', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const gone = await richSession(notebook, 'Deleted', 'Qwertzu')
    await notebook.backups.runOnce()
    await notebook.sessions.delete(gone.id)
    expect(await readdir(join(dir, 'trash'))).toEqual([`${gone.id}.json`])
    expect(await createEraseService(notebook).eraseSession(gone.id)).toEqual({ files: 2 })
    expect(await readdir(join(dir, 'trash'))).toEqual([])
    expect(await codeOf(notebook.sessions.restore(gone.id))).toBe('session/not-found')
    expect(await filesMatching(dir, /Qwertzu/)).toEqual([])
    await notebook.close()
  })

  it('refuses what is not a session id (no path games)', async () => {
    const notebook = await Notebook.open({ dir: await tempDir(), owner: 'tool' })
    expect(await codeOf(createEraseService(notebook).eraseSession('../notebook'))).toBe('session/not-found')
    await notebook.close()
  })
})

describe('erase a pseudonym everywhere (real files)', () => {
  it('clears it from sessions, the Library, backups, the trash, damaged copies and temp files, and says how much', async () => {
    const dir = await tempDir()
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const live = await richSession(notebook, 'Live', 'Amina')
    const deleted = await richSession(notebook, 'Deleted', 'Amina')
    await notebook.backups.runOnce()
    await createCaptureService(notebook).add({
      sessionId: live.id,
      type: 'quote',
      text: 'Thanks AMINA for the Banana bread',
      blockId: null,
      links: [],
      tags: [],
      speaker: 'Group C',
      consent: 'internal'
    })
    await notebook.backups.runOnce()
    await notebook.sessions.delete(deleted.id)
    await writeFile(join(dir, 'sessions', 'Lost1234.json.corrupt-20261127T081326Z'), '{"speaker":"Amina",')
    await writeFile(join(dir, 'sessions', `.${live.id}.json.99999.3.tmp`), '{"speaker":"Amina"')
    await writeFile(join(dir, 'backups', live.id, '20200101T000000.000Z.json'), 'damaged, Amina')
    // The Library's private layer: a note on an item, an item of one's own, a saved template.
    await notebook.library.saveAnnotation('uclg-plm-28:case-barcelona', 'Amina knows the desk staff')
    await notebook.library.saveOwnItem({
      title: 'What Amina said',
      body: 'Doors and walls, in Amina’s words.',
      language: 'en',
      purpose: null
    })
    await notebook.library.saveTemplate({
      title: 'Storytelling',
      startTime: '09:00',
      online: false,
      blocks: [{ ...live.blocks[0]!, notes: 'Invite amina first' }]
    })
    await writeFile(join(dir, 'library.json.corrupt-20261127T081326Z'), '{"text":"Amina",')

    const erase = createEraseService(notebook)
    const before = await hashTree(dir)
    const preview = await erase.erasePseudonym(' amina ', { dryRun: true })
    expect(await hashTree(dir)).toEqual(before)
    const done = await erase.erasePseudonym(' amina ')
    const expected = {
      sessions: 1,
      speakers: 2,
      mentions: 5,
      library: 3,
      backups: 3,
      trash: 1,
      damaged: 3,
      skipped: []
    }
    expect(preview).toEqual({ ...expected, tempFiles: 0 })
    expect(done).toEqual({ ...expected, tempFiles: 1 })

    expect(await filesMatching(dir, /(?<!\p{L})amina(?!\p{L})/iu)).toEqual([])
    const after = await notebook.sessions.get(live.id)
    expect(after.captures.map((n) => n.speaker)).toEqual([null, null, 'Group B', 'Group C'])
    expect(after.captures[3]?.text).toBe('Thanks […] for the Banana bread')
    expect(after.synthesis.actions[0]).toMatchObject({
      text: 'Call […] back about the desk',
      owner: '[…]'
    })
    expect(after.synthesis.clusters).toEqual(live.synthesis.clusters)
    const library = notebook.library.peekFile()
    expect(library.annotations[0]?.text).toBe('[…] knows the desk staff')
    expect(library.ownItems[0]).toMatchObject({
      title: 'What […] said',
      body: 'Doors and walls, in […]’s words.'
    })
    expect(library.templates[0]?.blocks[0]?.notes).toBe('Invite […] first')
    for (const entry of await notebook.backups.list(live.id)) {
      if (entry.stamp.startsWith('2020')) expect(entry.valid).toBe(false)
      else expect(entry).toMatchObject({ valid: true, counts: { notes: expect.any(Number) } })
    }
    await notebook.sessions.restore(deleted.id)
    expect((await notebook.sessions.get(deleted.id)).captures[0]?.speaker).toBeNull()
    await notebook.close()
    const reopened = await Notebook.open({ dir, owner: 'tool' })
    expect(reopened.status().recovered).toEqual([])
    expect((await reopened.sessions.get(live.id)).captures).toHaveLength(4)
    await reopened.close()
  })

  it('leaves fictional persona names alone and never touches other words containing the name', () => {
    const scrubber = createScrubber('Ana')
    expect(scrubber.replace('Banana, ana; Ana-Maria, ANA.', 5000)).toBe('Banana, […]; […]-Maria, […].')
    expect(createScrubber('Jean  Luc').replace('met jean\nluc today', 100)).toBe('met […] today')
    expect(createScrubber('O.K.').replace('OxKx and O.K.', 100)).toBe('OxKx and […]')
  })

  it('keeps persona names (personas are fictional) while erasing the same name as a speaker', async () => {
    const notebook = await Notebook.open({ dir: await tempDir(), owner: 'tool' })
    const session = await richSession(notebook, 'Personas', 'Samira')
    const result = scrubSession(session, createScrubber('Samira'))
    expect(result?.session.personas[0]?.name).toBe('Samira')
    expect(result?.session.captures[0]?.speaker).toBeNull()
    await notebook.close()
  })

  it('refuses an empty pseudonym and a read-only notebook (a dry run is still allowed)', async () => {
    const dir = await tempDir()
    await mkdir(dir, { recursive: true })
    const fixture = join(import.meta.dirname, '../../fixtures/notebook/notebook-v99.json')
    await writeFile(join(dir, 'notebook.json'), await readFile(fixture))
    const notebook = await Notebook.open({ dir, owner: 'tool' })
    const erase = createEraseService(notebook)
    expect(await codeOf(erase.erasePseudonym('   '))).toBe('validation/invalid-input')
    expect(await codeOf(erase.erasePseudonym('Amina'))).toBe('storage/read-only')
    expect(await codeOf(erase.erasePseudonym('Amina', { dryRun: true }))).toBe('resolved')
    await notebook.close()
  })
})
