import { screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ExportDialog } from '../../../src/renderer/src/features/briefs/ExportDialog'
import type { ExportDelivery } from '../../../src/shared/domain/export'
import { previewExport } from '../../../src/shared/pdf'
import { loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'
import { freshBackend, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

// user-event moves through a radio group with CSS.escape, which jsdom does not have; the radios'
// names here are plain words, so identity is enough.
if (!globalThis.CSS?.escape)
  Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (s: string) => s } })

const SAVED: ExportDelivery = {
  fileName: 'brief.docx',
  mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  base64: null,
  savedTo: '/tmp/brief.docx'
}

let backend: Backend
beforeEach(() => {
  backend = freshBackend()
  backend.on('export:preview', () =>
    previewExport({ session: richSession(), pack: loadPack(), catalog: loadCatalog() })
  )
  backend.on('export:file', () => SAVED)
})
afterEach(() => i18next.changeLanguage('en'))

const open = () => renderApp(<ExportDialog sessionId="sessionBriefs01" onClose={() => undefined} />)
const fileType = () => screen.queryByRole('radiogroup', { name: 'File type' })
const checked = (radio: HTMLElement) => (radio as HTMLInputElement).checked
/** What a screen reader reads after the name: the elements its aria-describedby points to. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

describe('the export dialog offers each paged document as PDF or Word', () => {
  it('PDF by default; Word (editable) chosen from the keyboard goes to main as file: docx', async () => {
    const { user } = open()
    const group = fileType()!
    const pdf = within(group).getByRole('radio', { name: 'PDF' })
    const word = within(group).getByRole('radio', { name: 'Word (editable)' })
    expect(checked(pdf)).toBe(true)
    // Its description says what a Word file is for, and is read with it.
    expect(description(word)).toMatch(/rework the text in Word or LibreOffice/)
    await user.click(pdf)
    await user.keyboard('{ArrowRight}')
    expect(checked(word)).toBe(true)
    expect(document.activeElement).toBe(word)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect((await screen.findByTestId('export-done')).textContent).toBe('Saved: /tmp/brief.docx')
    expect(backend.sent('export:file')).toEqual([
      expect.objectContaining({ format: 'outcome-brief', language: 'en', pageSize: 'A4', file: 'docx' })
    ])
  })

  it('the choice stays as the document changes; Markdown and JSON have none and send none', async () => {
    const { user } = open()
    await user.click(within(fileType()!).getByRole('radio', { name: 'Word (editable)' }))
    await user.click(screen.getByRole('radio', { name: /^Printable cards/ }))
    expect(checked(within(fileType()!).getByRole('radio', { name: 'Word (editable)' }))).toBe(true)
    await user.click(screen.getByRole('radio', { name: /^Outcome notes/ }))
    expect(fileType()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await screen.findByTestId('export-done')
    expect(backend.sent('export:file')[0]).not.toHaveProperty('file')
  })

  it('in French and Spanish too', async () => {
    await i18next.changeLanguage('fr')
    open()
    const group = screen.getByRole('radiogroup', { name: 'Type de fichier' })
    expect(within(group).getByRole('radio', { name: 'Word (modifiable)' })).toBeTruthy()
    await i18next.changeLanguage('es')
    expect(screen.getByRole('radiogroup', { name: 'Tipo de archivo' })).toBeTruthy()
  })
})
