import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { freshBackend, makeNote, makeSession, refuse, type Backend } from '../../support/fake-backend'
import { Capture } from '../../support/capture-panel'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

const DOORS = 'Libraries are doors for newcomers'
const WALL = 'The town hall desk was a wall'

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
})

async function open(id: string) {
  backend.store(makeSession({ id, revision: 2, captures: [makeNote(1, DOORS), makeNote(2, WALL)] }))
  const view = renderApp(<Capture id={id} />)
  await screen.findByText(DOORS)
  return view
}

const noteItem = (text: string) => screen.getByText(text).closest('li')!
const deleteButton = (text: string) =>
  within(noteItem(text)).getByRole<HTMLButtonElement>('button', { name: 'Delete this note' })
const captureField = () => screen.getByTestId<HTMLInputElement>('capture-input')

describe('CapturePanel: deleting a note', () => {
  it('keeps the delete button disabled while its delete is in flight, so a second click sends nothing', async () => {
    const { user } = await open('sessCapture01')
    const release = backend.hold('captures:delete')
    await user.click(deleteButton(WALL))

    await waitFor(() => expect(deleteButton(WALL).disabled).toBe(true))
    expect(deleteButton(DOORS).disabled).toBe(false)
    await user.click(deleteButton(WALL))
    expect(backend.sent('captures:delete')).toHaveLength(1)
    // The note stays listed until main has the delete on disk.
    expect(screen.getByText(WALL)).toBeTruthy()
    expect(screen.queryByText('Note deleted.')).toBeNull()

    release()
    await waitFor(() => expect(screen.queryByText(WALL)).toBeNull())
    expect(screen.getByText('Note deleted.')).toBeTruthy()
    expect(screen.getByTestId('capture-count').textContent).toBe('1 note')
    expect(backend.sent('captures:delete')).toEqual([
      { sessionId: 'sessCapture01', noteId: 'note000002', expectedRevision: 2 }
    ])
  })

  it('undo puts the deleted note back', async () => {
    const { user } = await open('sessCapture02')
    await user.click(deleteButton(DOORS))
    await screen.findByText('Note deleted.')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText(DOORS)).toBeTruthy()
    await waitFor(() => expect(screen.queryByText('Note deleted.')).toBeNull())
    expect(backend.sent('captures:restore')).toEqual([
      expect.objectContaining({ note: makeNote(1, DOORS), expectedRevision: 3 })
    ])
    expect(
      backend
        .stored('sessCapture02')
        ?.captures.map((n) => n.text)
        .sort()
    ).toEqual([DOORS, WALL])
  })
})

describe('CapturePanel: capturing a note', () => {
  const NOTE = 'Interpreters at the clinic #health'
  // The note's #tag is its own <bdi> (kept left to right inside Arabic), so match the whole text.
  const noteText = (_: string, el: Element | null) =>
    el?.getAttribute('dir') === 'auto' && el.textContent === NOTE

  it('Enter sends the note and clears the field at once; the note is listed once on disk', async () => {
    const { user } = await open('sessCapture03')
    const release = backend.hold('captures:add')
    await user.type(captureField(), `${NOTE}{Enter}`)
    expect(backend.sent('captures:add')).toEqual([
      expect.objectContaining({ text: NOTE, type: 'insight', tags: ['health'], blockId: null })
    ])
    // Captures commute: they are sent without a revision.
    // No key at all, not an undefined one: over Electron's IPC it would survive and be refused.
    expect(Object.keys(backend.sent('captures:add')[0] ?? {})).not.toContain('expectedRevision')
    expect(captureField().value).toBe('')
    expect(screen.queryByText(noteText)).toBeNull()

    // The next note can be typed meanwhile; the first one's success leaves it alone.
    await user.type(captureField(), 'Next')
    release()
    expect(await screen.findByText(noteText)).toBeTruthy()
    expect(captureField().value).toBe('Next')
    expect(screen.getByTestId('capture-count').textContent).toBe('3 notes')
  })

  it('Enter pressed twice (or held down) saves the note once', async () => {
    const { user } = await open('sessCapture04')
    const release = backend.hold('captures:add')
    await user.type(captureField(), `${NOTE}{Enter}{Enter}{Enter}`)
    release()
    await screen.findByText(noteText)
    expect(backend.sent('captures:add')).toHaveLength(1)
  })

  it('gives a refused note’s text back and says why', async () => {
    const { user } = await open('sessCapture05')
    backend.on('captures:add', () => refuse('storage/write-failed'))
    await user.type(captureField(), `${NOTE}{Enter}`)
    expect(await screen.findByText(/could not save/)).toBeTruthy()
    expect(captureField().value).toBe(NOTE)
    expect(screen.getByTestId('capture-count').textContent).toBe('2 notes')
  })

  it('gives a refused note’s text back in front of what was typed since, never over it', async () => {
    const { user } = await open('sessCapture06')
    backend.on('captures:add', () => refuse('storage/write-failed'))
    const release = backend.hold('captures:add')
    await user.type(captureField(), `${NOTE}{Enter}`)
    await user.type(captureField(), 'Next')
    release()
    await screen.findByText(/could not save/)
    expect(captureField().value).toBe(`${NOTE} Next`)
  })

  it('sends nothing for a blank note', async () => {
    const { user } = await open('sessCapture07')
    await user.type(captureField(), '   {Enter}')
    expect(backend.sent('captures:add')).toEqual([])
  })

  it('Ctrl+2 picks “Quote” as the type of the next note', async () => {
    const { user } = await open('sessCapture08')
    await user.keyboard('{Control>}2{/Control}')
    expect(captureField().labels?.[0]?.textContent).toMatch(/^Quote: type and press Enter/)
    await user.type(captureField(), 'Nobody asked for my papers{Enter}')
    expect(backend.sent('captures:add')).toEqual([expect.objectContaining({ type: 'quote' })])
  })

  it('Ctrl+9 switches the next notes to Internal and back', async () => {
    const { user } = await open('sessCapture09')
    await user.keyboard('{Control>}9{/Control}')
    await user.type(captureField(), 'Off the record{Enter}')
    await user.keyboard('{Control>}9{/Control}')
    await user.type(captureField(), 'On the record{Enter}')
    // The session runs under the Chatham House rule: its notes are anonymous by default.
    expect(backend.sent('captures:add').map((i) => [i.text, i.consent])).toEqual([
      ['Off the record', 'internal'],
      ['On the record', 'anonymous']
    ])
  })
})
