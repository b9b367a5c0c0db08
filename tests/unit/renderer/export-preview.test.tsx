import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ExportPreviewCounts } from '../../../src/renderer/src/features/briefs/ExportPreviewCounts'
import { previewExport } from '../../../src/shared/pdf'
import { loadCatalog, loadPack, richSession } from '../../fixtures/briefs/session'
import { renderApp } from '../../support/render-app'

const pack = loadPack()
const catalog = loadCatalog()
const preview = (session = richSession()) => previewExport({ session, pack, catalog })
const shown = () => screen.getByTestId('export-preview').textContent ?? ''

describe('the export preview describes the chosen document', () => {
  it('outcome brief and Markdown: the notes that leave, and why the others stay', () => {
    for (const format of ['outcome-brief', 'markdown'] as const) {
      const { unmount } = renderApp(<ExportPreviewCounts preview={preview()} format={format} language="fr" />)
      expect(shown()).toContain('9 of 11 notes will be included.')
      expect(shown()).toContain('1 internal note stays in the notebook.')
      unmount()
    }
  })

  it('cards: how many, which, in the document’s language, and not a word about notes', () => {
    renderApp(<ExportPreviewCounts preview={preview()} format="cards" language="es" />)
    const text = shown()
    expect(text).toContain('10 cards on 3 pages, four to a page, to cut out.')
    expect(text).toContain('2 discussion prompts')
    expect(text).toContain('2 personas')
    expect(text).toContain('Ñusta · Amaïa')
    expect(text).toContain('4 methods')
    expect(text).toContain(pack.items.find((i) => i.id === 'case-barcelona')!.title.es)
    expect(text).not.toMatch(/notes?\b/i)
    expect(screen.getByTestId('export-preview-cards-case-study').querySelector('[lang="es"]')).toBeTruthy()
  })

  it('cards: a kind the session does not use is the whole set, and says so; long lists are cut', () => {
    renderApp(
      <ExportPreviewCounts
        preview={preview(richSession({ blocks: [], personas: [] }))}
        format="cards"
        language="en"
      />
    )
    const methods = screen.getByTestId('export-preview-cards-method').textContent ?? ''
    expect(methods).toContain(`${catalog.methods.length} methods (all of them: the agenda uses none)`)
    expect(methods).toContain(`and ${catalog.methods.length - 6} more`)
    expect(screen.getByTestId('export-preview-cards-persona').textContent).toContain(
      'the sample personas: the session has none of its own'
    )
  })

  it('facilitator pack: its parts', () => {
    renderApp(<ExportPreviewCounts preview={preview()} format="facilitator-pack" language="en" />)
    const text = shown()
    expect(text).toMatch(/Run sheet: 5 agenda blocks, 2\shr\s50\smin\./)
    expect(text).toContain('5 library texts linked in the agenda')
    expect(text).toContain('2 personas, each with the full story.')
    expect(text).toContain('consent script')
    expect(text).not.toMatch(/notes? will be included/i)
  })
})
