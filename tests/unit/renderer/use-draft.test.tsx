import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { revisionChain } from '../../../src/renderer/src/api/revision-chain'
import { useDraft } from '../../../src/renderer/src/api/use-draft'
import { renderApp } from '../../support/render-app'

/** A one-field editor over a stored text at `revision`, showing what useDraft offers. */
function Editor({ doc, revision, stored }: { doc: string; revision: number; stored: string }) {
  const draft = useDraft(doc, revision, () => stored)
  return (
    <>
      <input aria-label="Text" value={draft.value} onChange={(e) => draft.set(e.currentTarget.value)} />
      <p>{draft.dirty ? 'Unsaved changes' : 'All saved'}</p>
      <p>Reloaded {draft.generation} times</p>
      {draft.conflict !== null && (
        <div role="alert">
          Your edits: {draft.conflict}
          <button onClick={draft.reapply}>Re-apply</button>
          <button onClick={draft.discard}>Discard</button>
        </div>
      )}
    </>
  )
}

const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Text' })

function setup(doc: string, stored = 'Welcome') {
  const view = renderApp(<Editor doc={doc} revision={1} stored={stored} />)
  const show = (revision: number, text: string, id = doc) =>
    view.rerender(<Editor doc={id} revision={revision} stored={text} />)
  return { ...view, show }
}

describe('useDraft', () => {
  it('starts from the stored value, with nothing unsaved', () => {
    setup('session:draft0001')
    expect(field().value).toBe('Welcome')
    expect(screen.getByText('All saved')).toBeTruthy()
  })

  it('keeps typing going across this window’s own save', async () => {
    const { user, show } = setup('session:draft0002')
    await user.type(field(), ' round')
    // The save of “Welcome round” lands as revision 2 while the user keeps typing.
    revisionChain.record('session:draft0002', 1, 2)
    await user.type(field(), 's')
    show(2, 'Welcome round')
    expect(field().value).toBe('Welcome rounds')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('Unsaved changes')).toBeTruthy()
    expect(screen.getByText('Reloaded 0 times')).toBeTruthy()
  })

  it('shows a change made elsewhere at once when nothing was typed', () => {
    const { show } = setup('session:draft0003')
    show(2, 'Opening circle')
    expect(field().value).toBe('Opening circle')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('All saved')).toBeTruthy()
    expect(screen.getByText('Reloaded 1 times')).toBeTruthy()
  })

  it('shows a change made elsewhere and keeps the unsaved typing as a conflict', async () => {
    const { user, show } = setup('session:draft0004')
    await user.type(field(), ' back')
    show(2, 'Opening circle')
    expect(field().value).toBe('Opening circle')
    expect(screen.getByRole('alert').textContent).toContain('Your edits: Welcome back')
  })

  it('re-applies the kept edits on top of the current version', async () => {
    const { user, show } = setup('session:draft0005')
    await user.type(field(), ' back')
    show(2, 'Opening circle')
    await user.click(screen.getByRole('button', { name: 'Re-apply' }))
    expect(field().value).toBe('Welcome back')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('Unsaved changes')).toBeTruthy()
  })

  it('discards the kept edits and stays on the current version', async () => {
    const { user, show } = setup('session:draft0006')
    await user.type(field(), ' back')
    show(2, 'Opening circle')
    await user.click(screen.getByRole('button', { name: 'Discard' }))
    expect(field().value).toBe('Opening circle')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('All saved')).toBeTruthy()
  })

  it('a later foreign change after an own save is still a conflict', async () => {
    const { user, show } = setup('session:draft0007')
    revisionChain.record('session:draft0007', 1, 2)
    show(2, 'Welcome')
    await user.type(field(), '!')
    show(3, 'Opening circle')
    expect(field().value).toBe('Opening circle')
    expect(screen.getByRole('alert').textContent).toContain('Welcome!')
  })

  it('starts over from another document, dropping the typing without a conflict', async () => {
    const { user, show } = setup('session:draft0008')
    await user.type(field(), ' back')
    // Same revision number, other document (e.g. a duplicate of this session).
    show(1, 'Copy of Welcome', 'session:draft0009')
    expect(field().value).toBe('Copy of Welcome')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('All saved')).toBeTruthy()
    expect(screen.getByText('Reloaded 1 times')).toBeTruthy()
  })
})
