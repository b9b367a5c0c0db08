import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ImportBatchButton } from '../../../src/renderer/src/features/insights/ImportBatchButton'
import { freshBackend, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (real) =>
  (await import('../../support/fake-backend')).fakeClient(await real())
)

/** What each file holds: a title, and the passphrase it is sealed to (none: a plain export). */
const FILES: Record<string, { title: string; sealedTo?: string }> = {
  'grenoble.json': { title: 'Atelier Grenoble' },
  'sousse.json': { title: 'Sousse peer learning', sealedTo: 'clé USB pour Sousse' },
  'tunis.json': { title: 'Tunis', sealedTo: 'une autre clé, pour Tunis' }
}

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  // As main answers: a sealed file without a passphrase asks for one; the wrong one is refused.
  backend.on('sessions:import-labelled', (input) => {
    const file = FILES[input.content as string]!
    if (file.sealedTo !== undefined && input.passphrase === undefined) refuse('crypto/passphrase-required')
    if (file.sealedTo !== undefined && input.passphrase !== file.sealedTo) refuse('crypto/wrong-passphrase')
    return { status: 'imported', id: `id${file.title.length}`, title: file.title }
  })
})

/** The footer's Close (the modal's own × is named Close too, and comes first). */
const closeButton = (dialog: HTMLElement) => within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!

const sentFor = (name: string) =>
  backend.sent('sessions:import-labelled').filter((input) => input.content === name)

async function chooseAndRun() {
  const view = renderApp(<ImportBatchButton />)
  const input = view.container.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!
  const files = Object.keys(FILES).map((name) => new File([name], name, { type: 'application/json' }))
  await view.user.upload(input, files)
  const dialog = await screen.findByRole('dialog', { name: 'Import colleagues’ sessions' })
  await view.user.click(within(dialog).getByRole('button', { name: 'Import 3 sessions' }))
  await within(dialog).findByText(/2 files are encrypted/)
  return { ...view, dialog, outcomes: within(dialog).getByTestId('import-outcomes') }
}

describe('importing several session files, some sealed to a passphrase', () => {
  it('imports the plain ones, asks once for the passphrase of the sealed ones, and says which it opened', async () => {
    const { user, dialog, outcomes } = await chooseAndRun()
    expect(outcomes.textContent).toContain('grenoble.json — imported as “Atelier Grenoble”.')
    expect(outcomes.textContent).toContain('sousse.json — encrypted file: waiting for its passphrase.')
    expect(outcomes.textContent).toContain('tunis.json — encrypted file: waiting for its passphrase.')
    // Being asked is not an error, and the keyboard is already in the passphrase field.
    expect(within(dialog).queryByRole('alert')).toBeNull()
    const field = within(dialog).getByLabelText(/^Passphrase of the files/)
    expect(document.activeElement).toBe(field)

    // Nothing typed: said so, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Import the 2 encrypted files' }))
    within(dialog).getByText('Type it here first.')
    expect(backend.sent('sessions:import-labelled')).toHaveLength(3)

    await user.type(field, 'clé USB pour Sousse{Enter}')
    await within(dialog).findByText(/One file is encrypted/)
    expect(within(dialog).getByLabelText(/^Passphrase of the file$/)).toBe(field)
    expect(outcomes.textContent).toContain('sousse.json — imported as “Sousse peer learning”.')
    expect(outcomes.textContent).toContain(
      'tunis.json — That passphrase is not the right one for this session file. Nothing was imported.'
    )
    // Tried on each sealed file, never sent with the plain one.
    expect(sentFor('grenoble.json')).toEqual([expect.not.objectContaining({ passphrase: expect.anything() })])
    expect(sentFor('sousse.json').map((i) => i.passphrase)).toEqual([undefined, 'clé USB pour Sousse'])
    expect(sentFor('tunis.json').map((i) => i.passphrase)).toEqual([undefined, 'clé USB pour Sousse'])

    // Another passphrase for what is left; then nothing is asked and Close has the keyboard.
    await user.clear(field)
    await user.type(field, 'une autre clé, pour Tunis')
    await user.click(within(dialog).getByRole('button', { name: 'Import the encrypted file' }))
    await waitFor(() => expect(outcomes.textContent).toContain('tunis.json — imported as “Tunis”.'))
    await waitFor(() => expect(within(dialog).queryByLabelText(/^Passphrase of the file/)).toBeNull())
    expect(sentFor('sousse.json')).toHaveLength(2)
    await waitFor(() => expect(document.activeElement).toBe(closeButton(dialog)))
  })

  it('closing with sealed files left imports nothing more', async () => {
    const { user, dialog } = await chooseAndRun()
    await user.click(closeButton(dialog))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backend.sent('sessions:import-labelled')).toHaveLength(3)
  })
})
