import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { ExportDialog } from '../../../src/renderer/src/features/briefs/ExportDialog'
import { ImportSessionDialog } from '../../../src/renderer/src/features/sessions/ImportSessionDialog'
import { previewExport } from '../../../src/shared/pdf'
import { loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'
import { freshBackend, makeSession, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

if (!globalThis.CSS?.escape)
  Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (s: string) => s } })

const FILE_PASSPHRASE = 'clé USB pour Sousse'

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
})

describe('exporting the session file for a USB stick', () => {
  beforeEach(() => {
    backend.on('export:preview', () =>
      previewExport({ session: richSession(), pack: loadPack(), catalog: loadCatalog() })
    )
    backend.on('export:file', () => ({
      fileName: 'Atelier.json',
      mime: 'application/json',
      base64: null,
      savedTo: '/media/usb/Atelier.json'
    }))
  })

  it('offers "Encrypt with a passphrase" for the session file only, and sends the passphrase typed twice', async () => {
    const { user } = renderApp(<ExportDialog sessionId="sessionBriefs01" onClose={() => undefined} />)
    expect(screen.queryByLabelText(/^Encrypt with a passphrase/)).toBeNull()
    await user.click(await screen.findByRole('radio', { name: /^Session file/ }))
    await user.click(screen.getByLabelText(/^Encrypt with a passphrase/))
    await user.type(screen.getByLabelText(/^Passphrase for this file/), 'short')
    await user.click(screen.getByRole('button', { name: 'Export' }))
    screen.getByText('Use at least 10 characters.')
    expect(backend.sent('export:file')).toEqual([])

    await user.clear(screen.getByLabelText(/^Passphrase for this file/))
    await user.click(screen.getByLabelText(/^Passphrase for this file/))
    await user.paste(FILE_PASSPHRASE)
    await user.click(screen.getByLabelText(/^Type it again/))
    await user.paste(FILE_PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByTestId('export-done')
    expect(backend.sent('export:file')).toEqual([
      expect.objectContaining({ format: 'json', passphrase: FILE_PASSPHRASE })
    ])
  })

  it('a plain session file (the box left unticked) carries no passphrase', async () => {
    const { user } = renderApp(<ExportDialog sessionId="sessionBriefs01" onClose={() => undefined} />)
    await user.click(await screen.findByRole('radio', { name: /^Session file/ }))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByTestId('export-done')
    expect(backend.sent('export:file')[0]).not.toHaveProperty('passphrase')
  })
})

describe('importing a sealed session file', () => {
  it('asks for its passphrase, says when it is wrong, and imports with the right one', async () => {
    const session = makeSession({ id: 'sessSealed001', title: 'Atelier scellé' })
    const preview = (input: Record<string, unknown>) => {
      if (input.passphrase === undefined) refuse('crypto/passphrase-required')
      if (input.passphrase !== FILE_PASSPHRASE) refuse('crypto/wrong-passphrase')
      return {
        title: session.title,
        date: session.date,
        exists: false,
        counts: { blocks: 0, personas: 0, notes: 3, journeys: 0, clusters: 0, actions: 0 }
      }
    }
    backend.on('sessions:import-preview', preview)
    backend.on('sessions:import', (input) => (preview(input), session))
    const { user } = renderApp(
      <Router hook={memoryLocation({ path: '/sessions' }).hook}>
        <ImportSessionDialog file={{ content: 'sealed bytes' }} onClose={() => undefined} />
      </Router>
    )
    const dialog = await screen.findByRole('dialog', { name: 'Import a session' })
    await within(dialog).findByText(
      'This session file is encrypted. Type the passphrase it was exported with.'
    )
    // Being asked is not an error.
    expect(within(dialog).queryByRole('alert')).toBeNull()

    await user.type(within(dialog).getByLabelText(/^Passphrase of the file/), 'wrong guess{Enter}')
    expect((await within(dialog).findByRole('alert')).textContent).toContain('is not the right one')
    await user.clear(within(dialog).getByLabelText(/^Passphrase of the file/))
    await user.click(within(dialog).getByLabelText(/^Passphrase of the file/))
    await user.paste(FILE_PASSPHRASE)
    await user.click(within(dialog).getByRole('button', { name: 'Open the file' }))
    await within(dialog).findByText('Atelier scellé')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    await waitFor(() => expect(backend.sent('sessions:import')).toHaveLength(1))
    expect(backend.sent('sessions:import')[0]).toMatchObject({
      content: 'sealed bytes',
      passphrase: FILE_PASSPHRASE
    })
  })
})
