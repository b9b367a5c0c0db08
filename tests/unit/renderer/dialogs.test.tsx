import { Button } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from '../../../src/renderer/src/components/ConfirmDialog'
import { PromptDialog } from '../../../src/renderer/src/components/PromptDialog'
import { renderApp } from '../../support/render-app'

function renderPrompt(initialValue = '', loading = false) {
  const onSubmit = vi.fn()
  const onCancel = vi.fn()
  const view = renderApp(
    <PromptDialog
      opened
      title="Save as template"
      label="Name of the new template"
      requiredMessage="Give the template a name."
      initialValue={initialValue}
      maxLength={20}
      submitLabel="Save template"
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  )
  return { ...view, onSubmit, onCancel, field: screen.getByLabelText(/Name of the new template/) }
}

describe('PromptDialog', () => {
  it('is a labelled dialog with its field focused and the suggestion selected, so typing replaces it', async () => {
    const { user, field, onSubmit } = renderPrompt('Atelier Grenoble')
    expect(screen.getByRole('dialog', { name: 'Save as template' })).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(field))
    await user.keyboard('Case focus{Enter}')
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('Case focus')
  })

  it('refuses an empty or blank title and says why', async () => {
    const { user, field, onSubmit } = renderPrompt('')
    await user.click(screen.getByRole('button', { name: 'Save template' }))
    expect(screen.getByText('Give the template a name.')).toBeTruthy()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    await user.type(field, '    {Enter}')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('trims the title, keeps it within maxLength and submits with Enter', async () => {
    const { user, field, onSubmit } = renderPrompt()
    expect(field.getAttribute('maxlength')).toBe('20')
    await user.type(field, '  Case focus  {Enter}')
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('Case focus')
    await user.type(field, ' and a much longer title')
    expect((field as HTMLInputElement).value).toHaveLength(20)
  })

  it('cuts a too-long suggestion to maxLength', () => {
    const { field } = renderPrompt('A title far longer than twenty characters')
    expect((field as HTMLInputElement).value).toBe('A title far longer t')
  })

  it('Escape cancels without submitting', async () => {
    const { user, field, onSubmit, onCancel } = renderPrompt('Draft')
    await waitFor(() => expect(document.activeElement).toBe(field))
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledOnce()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('while saving, neither Enter nor Escape does anything', async () => {
    const { user, field, onSubmit, onCancel } = renderPrompt('Draft', true)
    await user.type(field, '{Enter}{Escape}')
    expect(onSubmit).not.toHaveBeenCalled()
    expect(onCancel).not.toHaveBeenCalled()
  })
})

function renderConfirm(loading: boolean) {
  const onConfirm = vi.fn()
  const onCancel = vi.fn()
  const view = renderApp(
    <ConfirmDialog
      opened
      title="Delete this session?"
      message="Delete “Atelier”? You can undo this until Passerelle is closed."
      confirmLabel="Delete session"
      destructive
      loading={loading}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
  return { ...view, onConfirm, onCancel }
}

describe('ConfirmDialog', () => {
  it('names its action, focuses it, confirms with Enter and cancels with Escape', async () => {
    const { user, onConfirm, onCancel } = renderConfirm(false)
    const dialog = screen.getByRole('dialog', { name: 'Delete this session?' })
    expect(dialog.textContent).toContain('You can undo this')
    const confirm = screen.getByRole('button', { name: 'Delete session' })
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(confirm))
    await user.keyboard('{Enter}')
    expect(onConfirm).toHaveBeenCalledOnce()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledOnce()
  })

  it('while the action runs, its button shows loading and is disabled: no double submission', async () => {
    const { user, onConfirm, onCancel } = renderConfirm(true)
    const confirm = screen.getByRole('button', { name: /Delete session/ })
    expect(confirm.hasAttribute('disabled')).toBe(true)
    expect(confirm.hasAttribute('data-loading')).toBe(true)
    await user.click(confirm)
    await user.keyboard('{Enter}{Escape}')
    expect(onConfirm).not.toHaveBeenCalled()
    expect(onCancel).not.toHaveBeenCalled()
  })
})

/** Used as SessionEditor uses it: state in the caller, a mutation behind the dialog. */
function SaveAsTemplate({ save }: { save: (title: string) => Promise<string> }) {
  const [asking, setAsking] = useState(false)
  const mutation = useMutation({ mutationFn: save })
  return (
    <>
      <Button onClick={() => setAsking(true)}>Save as template</Button>
      {mutation.isSuccess && <p role="status">Saved as the template “{mutation.data}”.</p>}
      <PromptDialog
        opened={asking}
        title="Save as template"
        label="Name of the new template"
        requiredMessage="Give the template a name."
        initialValue="Atelier Grenoble"
        submitLabel="Save template"
        loading={mutation.isPending}
        onCancel={() => setAsking(false)}
        onSubmit={(title) => mutation.mutate(title, { onSuccess: () => setAsking(false) })}
      />
    </>
  )
}

describe('a screen using the dialogs', () => {
  it('works from the keyboard alone: open, type, Enter, wait, done — and Escape leaves without saving', async () => {
    let finish: (title: string) => void = () => undefined
    const save = vi.fn((title: string) => new Promise<string>((resolve) => (finish = () => resolve(title))))
    const { user } = renderApp(<SaveAsTemplate save={save} />)

    const trigger = screen.getByRole('button', { name: 'Save as template' })
    await user.tab()
    expect(document.activeElement).toBe(trigger)
    await user.keyboard('{Enter}')
    await screen.findByRole('dialog', { name: 'Save as template' })
    await user.keyboard('Just this once{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(save).not.toHaveBeenCalled()
    // Focus goes back to the button that opened the dialog.
    await waitFor(() => expect(document.activeElement).toBe(trigger))

    await user.keyboard('{Enter}')
    const field = await screen.findByLabelText(/Name of the new template/)
    expect((field as HTMLInputElement).value).toBe('Atelier Grenoble')
    await waitFor(() => expect(document.activeElement).toBe(field))
    await user.keyboard('Case focus{Enter}')
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Save template/ }).hasAttribute('data-loading')).toBe(true)
    )
    await user.keyboard('{Enter}')
    expect(save).toHaveBeenCalledOnce()
    expect(save.mock.calls[0]?.[0]).toBe('Case focus')

    finish('Case focus')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByRole('status').textContent).toBe('Saved as the template “Case focus”.')
    await waitFor(() => expect(document.activeElement).toBe(trigger))
  })
})
