import { screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useUndoable } from '../../../src/renderer/src/features/sessions/useUndoable'
import { renderApp } from '../../support/render-app'

/** A counter whose value lives outside the history (as a draft does), saved through `apply`. */
function Counter({ resetKey, onApply }: { resetKey: number; onApply: (value: number) => void }) {
  const [value, setValue] = useState(0)
  const history = useUndoable(
    value,
    (next) => {
      setValue(next)
      onApply(next)
    },
    resetKey
  )
  return (
    <>
      <p>Count: {value}</p>
      <button onClick={() => history.commit(value + 1)}>Add one</button>
      <button disabled={!history.canUndo} onClick={history.undo}>
        Undo
      </button>
      <button disabled={!history.canRedo} onClick={history.redo}>
        Redo
      </button>
      <input aria-label="Block title" />
      <textarea aria-label="Block notes" />
    </>
  )
}

function setup() {
  const onApply = vi.fn<(value: number) => void>()
  const view = renderApp(<Counter resetKey={1} onApply={onApply} />)
  const click = (name: string) => view.user.click(screen.getByRole('button', { name }))
  const shown = () => screen.getByText(/^Count:/).textContent
  const enabled = (name: string) => !screen.getByRole<HTMLButtonElement>('button', { name }).disabled
  return { ...view, onApply, click, shown, enabled }
}

describe('useUndoable', () => {
  it('applies each committed, undone and redone value', async () => {
    const { click, onApply, shown, enabled } = setup()
    expect(enabled('Undo')).toBe(false)
    expect(enabled('Redo')).toBe(false)
    await click('Add one')
    await click('Add one')
    await click('Undo')
    expect(shown()).toBe('Count: 1')
    await click('Undo')
    expect(shown()).toBe('Count: 0')
    expect(enabled('Undo')).toBe(false)
    await click('Redo')
    await click('Redo')
    expect(shown()).toBe('Count: 2')
    expect(enabled('Redo')).toBe(false)
    expect(onApply.mock.calls.map(([v]) => v)).toEqual([1, 2, 1, 0, 1, 2])
  })

  it('a new change after undo drops what could be redone', async () => {
    const { click, onApply, shown, enabled } = setup()
    await click('Add one')
    await click('Add one')
    await click('Undo')
    await click('Add one')
    expect(shown()).toBe('Count: 2')
    expect(enabled('Redo')).toBe(false)
    await click('Undo')
    expect(shown()).toBe('Count: 1')
    expect(onApply.mock.calls.map(([v]) => v)).toEqual([1, 2, 1, 2, 1])
  })

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Cmd+Z undoes on a Mac', async () => {
    const { user, click, shown } = setup()
    await click('Add one')
    await click('Add one')
    await user.keyboard('{Control>}z{/Control}')
    expect(shown()).toBe('Count: 1')
    await user.keyboard('{Meta>}z{/Meta}')
    expect(shown()).toBe('Count: 0')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(shown()).toBe('Count: 1')
    await user.keyboard('{Control>}y{/Control}')
    expect(shown()).toBe('Count: 2')
    // Without a modifier, z is just a key.
    await user.keyboard('z')
    expect(shown()).toBe('Count: 2')
  })

  it('leaves Ctrl+Z to the field while typing in an input or a text area', async () => {
    const { user, click, shown, onApply } = setup()
    await click('Add one')
    onApply.mockClear()
    await user.click(screen.getByRole('textbox', { name: 'Block title' }))
    await user.keyboard('{Control>}z{/Control}')
    await user.click(screen.getByRole('textbox', { name: 'Block notes' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(shown()).toBe('Count: 1')
    expect(onApply).not.toHaveBeenCalled()
  })

  it('drops the history when the reset key changes (the document changed elsewhere)', async () => {
    const { user, click, shown, enabled, onApply, rerender } = setup()
    await click('Add one')
    await click('Add one')
    await click('Undo')
    rerender(<Counter resetKey={2} onApply={onApply} />)
    expect(enabled('Undo')).toBe(false)
    expect(enabled('Redo')).toBe(false)
    onApply.mockClear()
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}')
    expect(shown()).toBe('Count: 1')
    expect(onApply).not.toHaveBeenCalled()
    // New changes are undoable again, back to the reset point only.
    await click('Add one')
    await click('Undo')
    expect(shown()).toBe('Count: 1')
    expect(enabled('Undo')).toBe(false)
  })

  it('keeps the last 100 steps', async () => {
    const { user, click, shown, enabled } = setup()
    for (let i = 0; i < 103; i++) await click('Add one')
    for (let i = 0; i < 100; i++) await user.keyboard('{Control>}z{/Control}')
    expect(shown()).toBe('Count: 3')
    expect(enabled('Undo')).toBe(false)
  })
})
