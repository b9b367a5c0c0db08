import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ProtectSection } from '../../../src/renderer/src/features/lock/ProtectSection'
import { passphraseProblem } from '../../../src/renderer/src/features/lock/passphrase-rules'
import { PASSPHRASE_MIN } from '../../../src/renderer/src/features/lock/passphrase-rules'
import { PASSPHRASE_MIN_LENGTH } from '../../../src/shared/protection/rules'
import type { NotebookStatus } from '../../../src/shared/domain/app-info'
import { freshBackend, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

const KEY = 'K7QM-3XTA-PL2B-QQ4R-M5ZA-7YTD-WC3N-H6EJ'
const PASSPHRASE = 'the bridge at dawn, Grenoble'

const statusOf = (over: Partial<NotebookStatus> = {}): NotebookStatus => ({
  readOnly: false,
  recovered: [],
  protected: false,
  locked: false,
  idleLockMinutes: 15,
  unlockDelayMs: 0,
  ...over
})

let backend: Backend
let status: NotebookStatus
beforeEach(() => {
  backend = freshBackend()
  status = statusOf()
  backend.on('notebook:status', () => status)
  backend.on('notebook:protect', () => {
    status = statusOf({ protected: true })
    return { recoveryKey: KEY, status }
  })
  backend.on('notebook:set-idle-lock', (input) => {
    status = { ...status, idleLockMinutes: input.minutes as number }
    return status
  })
})

/** Long texts are pasted: typing them key by key only slows the test down. */
async function fill(
  user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> },
  field: HTMLElement,
  text: string
) {
  await user.click(field)
  await user.paste(text)
}

async function openProtect() {
  const view = renderApp(<ProtectSection />)
  await view.user.click(await screen.findByRole('button', { name: 'Protect with a passphrase…' }))
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Protect this notebook' }) }
}

describe('passphrase rules', () => {
  it('are main’s minimum, plus no passphrase made of a few repeated characters', () => {
    expect(PASSPHRASE_MIN).toBe(PASSPHRASE_MIN_LENGTH)
    expect(passphraseProblem('short', 'short')).toBe('tooShort')
    expect(passphraseProblem('1212121212', '1212121212')).toBe('tooSimple')
    expect(passphraseProblem(PASSPHRASE, 'something else')).toBe('mismatch')
    expect(passphraseProblem(PASSPHRASE, PASSPHRASE)).toBeNull()
  })
})

describe('Protect this notebook', () => {
  it('says what is protected and that without passphrase or key the data is gone, before anything happens', async () => {
    const { dialog, user } = await openProtect()
    expect(dialog.textContent).toContain('Without the passphrase or the recovery key, the notebook is gone')
    expect(dialog.textContent).toContain('Copies you make outside the app')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backend.sent('notebook:protect')).toEqual([])
  })

  it('refuses a weak or mistyped passphrase with a clear message and sends nothing', async () => {
    const { dialog, user } = await openProtect()
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    const field = screen.getByLabelText(/^Passphrase/)
    const again = screen.getByLabelText(/^Type it again/)
    await user.type(field, 'short')
    await user.click(screen.getByRole('button', { name: 'Encrypt the notebook' }))
    screen.getByText('Use at least 10 characters.')
    await user.clear(field)
    await fill(user, field, 'aaaaabbbbbaaaaa')
    screen.getByText('Too easy to guess: use several different words.')
    await user.clear(field)
    await fill(user, field, PASSPHRASE)
    await fill(user, again, 'the bridge at dusk')
    screen.getByText('The two passphrases are not the same.')
    expect(backend.sent('notebook:protect')).toEqual([])
  })

  it('shows the recovery key once, offers its PDF, and closes only once the user says it is kept', async () => {
    const download = vi.fn(() => 'blob:recovery')
    URL.createObjectURL = download
    URL.revokeObjectURL = () => undefined
    backend.on('notebook:recovery-pdf', () => ({
      fileName: 'Passerelle - recovery key.pdf',
      mime: 'application/pdf',
      base64: btoa('%PDF-1.7'),
      savedTo: null
    }))
    const { user } = await openProtect()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await fill(user, screen.getByLabelText(/^Passphrase/), PASSPHRASE)
    await fill(user, screen.getByLabelText(/^Type it again/), PASSPHRASE)
    await user.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: 'Your recovery key' })
    expect(within(dialog).getByTestId('recovery-key').textContent).toBe(KEY)
    expect(backend.sent('notebook:protect')).toEqual([{ passphrase: PASSPHRASE }])
    // No close button, Escape does nothing: the key would be lost unseen.
    expect(within(dialog).queryByRole('button', { name: 'Close' })).toBeNull()
    await user.keyboard('{Escape}')
    screen.getByRole('dialog', { name: 'Your recovery key' })

    await user.click(within(dialog).getByRole('button', { name: 'Save as PDF' }))
    await within(dialog).findByText(/handed to your browser’s downloads/)
    expect(backend.sent('notebook:recovery-pdf')).toEqual([
      { recoveryKey: KEY, language: 'en', pageSize: 'A4' }
    ])
    expect(download).toHaveBeenCalledTimes(1)

    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    within(dialog).getByText(/it will not be shown again/)
    await user.click(within(dialog).getByLabelText('I have kept the recovery key somewhere safe'))
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.body.textContent).not.toContain(KEY)
    await screen.findByText('Protected')
  })

  it('a refusal from main is shown in words and the dialog stays on the passphrase', async () => {
    backend.on('notebook:protect', () => refuse('crypto/already-protected'))
    const { user } = await openProtect()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await fill(user, screen.getByLabelText(/^Passphrase/), PASSPHRASE)
    await fill(user, screen.getByLabelText(/^Type it again/), PASSPHRASE)
    await user.keyboard('{Enter}')
    expect((await screen.findByRole('alert')).textContent).toContain('already protected')
    screen.getByLabelText(/^Passphrase/)
  })
})

describe('once protected', () => {
  beforeEach(() => {
    status = statusOf({ protected: true })
  })

  it('the idle time is chosen in Settings (15 minutes unless changed) and stored by main', async () => {
    const { user } = renderApp(<ProtectSection />)
    const select = await screen.findByLabelText<HTMLSelectElement>(/^Lock automatically after/)
    expect(select.value).toBe('15')
    await user.selectOptions(select, '5')
    await waitFor(() => expect(backend.sent('notebook:set-idle-lock')).toEqual([{ minutes: 5 }]))
    await waitFor(() => expect(select.value).toBe('5'))
  })

  it('changing the passphrase needs the current one; a wrong one is refused, the right one changes it', async () => {
    backend.on('notebook:change-passphrase', (input) =>
      input.passphrase === PASSPHRASE ? null : refuse('crypto/wrong-passphrase')
    )
    const { user } = renderApp(<ProtectSection />)
    await user.click(await screen.findByRole('button', { name: 'Change passphrase…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Change passphrase' })
    await user.type(within(dialog).getByLabelText(/^Current passphrase/), 'not it')
    await fill(user, within(dialog).getByLabelText(/^New passphrase/), 'a new sentence for the notebook')
    await fill(user, within(dialog).getByLabelText(/^Type it again/), 'a new sentence for the notebook')
    await user.keyboard('{Enter}')
    expect((await within(dialog).findByRole('alert')).textContent).toContain('is not the right one')
    await user.clear(within(dialog).getByLabelText(/^Current passphrase/))
    await fill(user, within(dialog).getByLabelText(/^Current passphrase/), PASSPHRASE)
    await user.keyboard('{Enter}')
    await screen.findByText('Passphrase changed. Your recovery key still works.')
    expect(backend.sent('notebook:change-passphrase')).toEqual([
      { passphrase: 'not it', newPassphrase: 'a new sentence for the notebook' },
      { passphrase: PASSPHRASE, newPassphrase: 'a new sentence for the notebook' }
    ])
  })
})
