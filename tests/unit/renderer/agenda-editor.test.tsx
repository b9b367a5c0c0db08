import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { keys } from '../../../src/renderer/src/api/keys'
import { useSession } from '../../../src/renderer/src/api/sessions'
import { AgendaEditor } from '../../../src/renderer/src/features/sessions/AgendaEditor'
import type { AgendaBlock } from '../../../src/shared/planning/session'
import { freshBackend, makeSession, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

/** As SessionEditor does: the editor gets the cached session, so saves and restores reach it. */
function Agenda({ id }: { id: string }) {
  const session = useSession(id)
  return session.data ? <AgendaEditor session={session.data} /> : <p>Loading</p>
}

const block = (id: string, title: string, durationMinutes = 30): AgendaBlock => ({
  id,
  title,
  kind: 'activity',
  methodId: null,
  durationMinutes,
  notes: '',
  materials: '',
  links: [],
  protected: false,
  day: 1
})
const WELCOME = block('blockWelcome', 'Welcome', 20)
const WORLD_CAFE = block('blockCafe01', 'World café', 60)

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
})

const shownTitles = () =>
  screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Title of block/ }).map((i) => i.value)
const titlesOf = (input: Record<string, unknown> | undefined) =>
  (input?.blocks as AgendaBlock[] | undefined)?.map((b) => b.title)
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name })

async function open(id: string) {
  backend.store(makeSession({ id, revision: 5, blocks: [WELCOME, WORLD_CAFE] }))
  const view = renderApp(<Agenda id={id} />)
  await screen.findByDisplayValue('World café')
  return view
}

describe('AgendaEditor', () => {
  it('after a restore, a new block is added to the restored agenda, based on its revision', async () => {
    const { user, queryClient } = await open('sessAgenda001')
    await user.click(button('Add a block'))
    await waitFor(() => expect(backend.stored('sessAgenda001')?.revision).toBe(6))
    expect(button('Undo').disabled).toBe(false)

    // What a restore does: main writes an older version as a new revision, the cache takes it.
    const restored = makeSession({
      id: 'sessAgenda001',
      revision: 9,
      blocks: [block('blockOpen01', 'Opening circle'), block('blockClose1', 'Closing round')]
    })
    backend.store(restored)
    queryClient.setQueryData(keys.session(restored.id), restored)
    await waitFor(() => expect(shownTitles()).toEqual(['Opening circle', 'Closing round']))
    // Undoing now would silently bring the pre-restore agenda back: the history is gone.
    expect(button('Undo').disabled).toBe(true)
    expect(screen.queryByRole('alert', { name: /Changed elsewhere/ })).toBeNull()

    await user.click(button('Add a block'))
    await waitFor(() => expect(backend.sent('sessions:set-agenda')).toHaveLength(2))
    const sent = backend.sent('sessions:set-agenda')[1]
    expect(titlesOf(sent)).toEqual(['Opening circle', 'Closing round', 'New block'])
    expect(sent?.expectedRevision).toBe(9)
    await waitFor(() => expect(backend.stored('sessAgenda001')?.revision).toBe(10))
    expect(shownTitles()).toEqual(['Opening circle', 'Closing round', 'New block'])
  })

  it('undo and redo save the previous and the next agenda', async () => {
    const { user } = await open('sessAgenda002')
    expect(button('Undo').disabled).toBe(true)
    expect(button('Redo').disabled).toBe(true)

    await user.click(button('Add a break'))
    expect(shownTitles()).toEqual(['Welcome', 'World café', 'Break'])
    await user.click(button('Undo'))
    expect(shownTitles()).toEqual(['Welcome', 'World café'])
    expect(button('Redo').disabled).toBe(false)
    await user.click(button('Redo'))
    expect(shownTitles()).toEqual(['Welcome', 'World café', 'Break'])
    expect(button('Redo').disabled).toBe(true)

    await waitFor(() => expect(backend.sent('sessions:set-agenda')).toHaveLength(3))
    const sent = backend.sent('sessions:set-agenda')
    expect(sent.map(titlesOf)).toEqual([
      ['Welcome', 'World café', 'Break'],
      ['Welcome', 'World café'],
      ['Welcome', 'World café', 'Break']
    ])
    // Redo brings back the same block, not a new one.
    expect(sent[2]?.blocks).toEqual(sent[0]?.blocks)
    expect(sent.map((i) => i.expectedRevision)).toEqual([5, 6, 7])
    await waitFor(() => expect(backend.stored('sessAgenda002')?.blocks).toHaveLength(3))
  })

  it('two quick additions are saved in order, the second based on the first one’s result', async () => {
    const { user } = await open('sessAgenda003')
    const release = backend.hold('sessions:set-agenda')
    await user.click(button('Add a block'))
    await user.click(button('Add a break'))
    expect(shownTitles()).toEqual(['Welcome', 'World café', 'New block', 'Break'])
    // The second change waits behind the first one (one queue per session).
    expect(backend.sent('sessions:set-agenda')).toHaveLength(1)

    release()
    await waitFor(() => expect(backend.sent('sessions:set-agenda')).toHaveLength(2))
    const sent = backend.sent('sessions:set-agenda')
    expect(sent.map(titlesOf)).toEqual([
      ['Welcome', 'World café', 'New block'],
      ['Welcome', 'World café', 'New block', 'Break']
    ])
    expect(sent.map((i) => i.expectedRevision)).toEqual([5, 6])
    await waitFor(() => expect(backend.stored('sessAgenda003')?.revision).toBe(7))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(shownTitles()).toEqual(['Welcome', 'World café', 'New block', 'Break'])
    expect(button('Undo').disabled).toBe(false)
  })

  it('a change made in another window meanwhile is refused and the agenda shows it', async () => {
    const { user } = await open('sessAgenda004')
    backend.changeElsewhere('sessAgenda004', { blocks: [WORLD_CAFE] })
    await user.click(button('Add a block'))
    await waitFor(() => expect(shownTitles()).toEqual(['World café']))
    expect(screen.getByRole('alert', { name: /Changed elsewhere/ }).textContent).toContain('Re-apply')
    expect(backend.stored('sessAgenda004')?.blocks).toEqual([WORLD_CAFE])
  })
})
