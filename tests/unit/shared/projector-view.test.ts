import { describe, expect, it } from 'vitest'
import {
  buildProjectorView,
  type ProjectorSource,
  type RoomOnScreen
} from '../../../src/shared/projector/build'
import type { Note } from '../../../src/shared/planning/capture'
import type { AgendaBlock } from '../../../src/shared/planning/session'
import { agendaBlock } from '../../support/agenda-block'

const block = (id: string, title: string, links: string[] = []): AgendaBlock =>
  agendaBlock(id, title, { durationMinutes: 15, notes: 'PRIVATE facilitator notes about Amina', links })

const note = (id: string, text: string, consent: Note['consent'], speaker: string | null = null): Note => ({
  id,
  createdAt: '2026-03-16T09:05:00.000Z',
  blockId: 'blk0002',
  elapsedSeconds: 300,
  type: 'idea',
  text,
  links: [],
  tags: [],
  speaker,
  consent
})

const PROMPTS: Record<string, Record<string, { title: string; text: string }>> = {
  'pack:prompt-a': {
    en: { title: 'Living here', text: 'What would change first?' },
    es: { title: 'Vivir aquí', text: '¿Qué cambiaría primero?' },
    fr: { title: 'Habiter ici', text: 'Qu’est-ce qui changerait en premier ?' }
  }
}

function source(overrides: Partial<ProjectorSource> = {}, room: RoomOnScreen | null = null): ProjectorSource {
  return {
    session: {
      title: 'Atelier Grenoble',
      blocks: [block('blk0001', 'Welcome'), block('blk0002', 'World café', ['pack:case-x', 'pack:prompt-a'])],
      live: {
        startedAt: '2026-03-16T09:00:00.000Z',
        blocks: {
          blk0001: { start: '2026-03-16T09:00:00.000Z', end: '2026-03-16T09:04:00.000Z' },
          blk0002: { start: '2026-03-16T09:04:00.000Z', end: null }
        }
      },
      captures: [
        note('not0001', 'Internal worry about a family', 'internal', 'Amina'),
        note('not0002', 'A one-stop desk for newcomers', 'anonymous'),
        note('not0003', 'Never share this', 'not-for-export', 'Karim'),
        note('not0004', 'Libraries as meeting places', 'shareable', 'Lina')
      ]
    },
    settings: { blank: false, languages: ['en', 'fr'] },
    prompt: (ref, language) => PROMPTS[ref]?.[language] ?? null,
    room,
    ...overrides
  }
}

describe('projector view', () => {
  it('shows the running block and its pack prompt in the chosen languages, side by side', () => {
    const { screen } = buildProjectorView(source())
    expect(screen?.block).toEqual({
      index: 1,
      total: 2,
      title: 'World café',
      kind: 'activity',
      durationMinutes: 15,
      startedAt: '2026-03-16T09:04:00.000Z',
      ended: false
    })
    expect(screen?.prompts.map((p) => [p.language, p.text])).toEqual([
      ['en', 'What would change first?'],
      ['fr', 'Qu’est-ce qui changerait en premier ?']
    ])
  })

  it('shows no block before live mode starts', () => {
    const s = source()
    const { screen } = buildProjectorView({
      ...s,
      session: { ...s.session, live: { startedAt: null, blocks: {} } }
    })
    expect(screen).toMatchObject({ live: false, block: null, prompts: [] })
  })

  it('sends nothing but the settings while blank', () => {
    const view = buildProjectorView(source({ settings: { blank: true, languages: ['es'] } }))
    expect(view).toEqual({ settings: { blank: true, languages: ['es'] }, screen: null })
  })

  it('shows no contribution and no vote until the room says they are shown', () => {
    const room: RoomOnScreen = { join: null, prompt: null, contributionIds: null, votes: null }
    expect(buildProjectorView(source({}, room)).screen).toMatchObject({ contributions: null, votes: null })
  })

  it('shows accepted contributions without a speaker, and never an internal or not-for-export note', () => {
    const room: RoomOnScreen = {
      join: null,
      prompt: null,
      contributionIds: ['not0001', 'not0002', 'not0003', 'not0004', 'gone0001'],
      votes: [{ id: 'clu0001', name: 'Housing', votes: 4 }]
    }
    const view = buildProjectorView(source({}, room))
    expect(view.screen?.contributions).toEqual([
      { id: 'not0004', type: 'idea', text: 'Libraries as meeting places' },
      { id: 'not0002', type: 'idea', text: 'A one-stop desk for newcomers' }
    ])
    expect(view.screen?.votes).toEqual([{ id: 'clu0001', name: 'Housing', votes: 4 }])
    const wire = JSON.stringify(view)
    for (const secret of ['Amina', 'Karim', 'Lina', 'Internal worry', 'Never share', 'PRIVATE'])
      expect(wire).not.toContain(secret)
  })

  it('prefers a prompt typed for the room in this block, and shows the join card while the room is open', () => {
    const room: RoomOnScreen = {
      join: { url: 'http://127.0.0.2:5000/', code: 'ABC234', qr: ['101', '010', '101'] },
      prompt: { blockId: 'blk0002', text: 'What is one barrier you met?' },
      contributionIds: null,
      votes: null
    }
    const { screen } = buildProjectorView(source({}, room))
    expect(screen?.prompts).toEqual([{ language: null, title: null, text: 'What is one barrier you met?' }])
    expect(screen?.join).toEqual(room.join)
    const stale = { ...room, prompt: { blockId: 'blk0001', text: 'Old' } }
    expect(buildProjectorView(source({}, stale)).screen?.prompts[0]?.text).toBe('What would change first?')
  })

  it('once the last block has ended, shows the session title and no block or prompt; a resumed block comes back', () => {
    const s = source()
    const endedLive = {
      startedAt: '2026-03-16T09:00:00.000Z',
      blocks: {
        blk0001: { start: '2026-03-16T09:00:00.000Z', end: '2026-03-16T09:04:00.000Z' },
        blk0002: { start: '2026-03-16T09:04:00.000Z', end: '2026-03-16T09:19:00.000Z' }
      }
    }
    // Even a prompt typed for the last block leaves the wall.
    const room: RoomOnScreen = {
      join: null,
      prompt: { blockId: 'blk0002', text: 'What is one barrier you met?' },
      contributionIds: null,
      votes: null
    }
    const ended = buildProjectorView({ ...s, session: { ...s.session, live: endedLive }, room }).screen
    expect(ended).toMatchObject({
      live: true,
      ended: { title: 'Atelier Grenoble' },
      block: null,
      prompts: []
    })
    const wire = JSON.stringify(ended)
    for (const stale of ['World café', 'What would change first', 'What is one barrier'])
      expect(wire).not.toContain(stale)

    const resumed = {
      ...endedLive,
      blocks: { ...endedLive.blocks, blk0002: { ...endedLive.blocks.blk0002, end: null } }
    }
    const again = buildProjectorView({ ...s, session: { ...s.session, live: resumed } }).screen
    expect(again).toMatchObject({ ended: null, block: { title: 'World café', ended: false } })
  })

  it('is not over when a block other than the last was ended (the title stays off the wall)', () => {
    const s = source()
    const live = {
      startedAt: '2026-03-16T09:00:00.000Z',
      blocks: { blk0001: { start: '2026-03-16T09:00:00.000Z', end: '2026-03-16T09:04:00.000Z' } }
    }
    const { screen } = buildProjectorView({ ...s, session: { ...s.session, live } })
    expect(screen).toMatchObject({ ended: null, block: { title: 'Welcome', ended: true } })
    expect(JSON.stringify(screen)).not.toContain('Atelier Grenoble')
  })
})
