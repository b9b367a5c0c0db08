import { readFile, readdir } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { newSessionDetails } from '../../src/shared/planning/session'
import { createCaptureService } from '../../src/main/services/capture-service'
import type { Notebook } from '../../src/main/storage/notebook'
import type { SessionFile } from '../../src/main/storage/schemas'

/** A session with something in every part (agenda, personas, notes, journeys, clusters, actions). */
export async function richSession(
  notebook: Notebook,
  title = 'Atelier Grenoble',
  speaker = 'Amina'
): Promise<SessionFile> {
  const session = await notebook.sessions.create(newSessionDetails(title, { place: 'Maison des habitants' }))
  const id = session.id
  await notebook.sessions.update(id, (d) => {
    d.blocks = [
      {
        id: 'blk0001',
        title: 'Welcome',
        kind: 'activity',
        methodId: null,
        durationMinutes: 20,
        notes: '',
        materials: '',
        links: ['uclg-plm-28:case-barcelona'],
        protected: false,
        day: 1
      }
    ]
    d.personas = [
      {
        id: 'per0001',
        name: 'Samira',
        age: 34,
        gender: '',
        family: '',
        education: '',
        timeSinceArrival: '2 years',
        administrativeStatus: '',
        vulnerabilities: '',
        story: 'Fictional',
        fictional: true,
        group: 'Group A'
      }
    ]
  })
  const capture = createCaptureService(notebook)
  const add = async (text: string, who: string | null) =>
    (
      await capture.add({
        sessionId: id,
        type: 'quote',
        text,
        blockId: null,
        links: [],
        tags: ['housing'],
        speaker: who,
        // Internal keeps the speaker (Chatham House notes default to anonymous, which drops it).
        consent: 'internal'
      })
    ).value
  const a = await add(`${speaker} said the town hall desk was a wall`, speaker)
  const b = await add('Libraries are doors for newcomers', ' amina ')
  const c = await add('Translation at the clinic helped', 'Group B')
  await capture.addStep({
    sessionId: id,
    personaId: 'per0001',
    place: 'institution',
    label: 'Town hall',
    outcome: 'wall',
    note: `${speaker} was sent away twice`
  })
  return notebook.sessions.update(id, (d) => {
    d.synthesis = {
      clusters: [{ id: 'clu00001', name: 'Access', noteIds: [a.id, b.id], votes: 3 }],
      noteVotes: { [c.id]: 2 },
      actions: [
        {
          id: 'act00001',
          text: `Call ${speaker} back about the desk`,
          owner: speaker,
          due: null,
          done: false,
          noteIds: [a.id],
          createdAt: '2026-11-27T10:00:00.000Z'
        }
      ]
    }
  })
}

/** Every file under `dir` with the SHA-256 of its bytes (the lock file excepted: it holds a pid). */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name === '.lock') continue
    const path = join(e.parentPath, e.name)
    out[path.slice(dir.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return out
}
