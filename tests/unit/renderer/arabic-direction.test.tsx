import { useDirection } from '@mantine/core'
import { act, screen } from '@testing-library/react'
import { useTranslation } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { LanguageDirection } from '../../../src/renderer/src/components/LanguageDirection'
import { UserText } from '../../../src/renderer/src/components/UserText'
import { TranslationNotice } from '../../../src/renderer/src/features/library/TranslationNotice'
import { RichText } from '../../../src/renderer/src/features/library/RichText'
import { switchLanguage } from '../../../src/renderer/src/i18n'
import { renderApp } from '../../support/render-app'

function DirectionProbe() {
  const { dir } = useDirection()
  return <span data-testid="mantine-dir">{dir}</span>
}

function Deleted({ title }: { title: string }) {
  const { t } = useTranslation()
  return <p data-testid="message">{t('sessions.deleted', { title })}</p>
}

afterEach(async () => {
  await act(() => switchLanguage('en'))
})

describe('right to left in the renderer', () => {
  it('Mantine and the document follow the language: Arabic is rtl, French ltr again', async () => {
    renderApp(
      <LanguageDirection>
        <DirectionProbe />
      </LanguageDirection>
    )
    expect(screen.getByTestId('mantine-dir')?.textContent).toContain('ltr')
    await act(() => switchLanguage('ar'))
    expect(screen.getByTestId('mantine-dir')?.textContent).toContain('rtl')
    expect(document.documentElement.dir).toBe('rtl')
    expect(document.documentElement.lang).toBe('ar')
    await act(() => switchLanguage('fr'))
    expect(screen.getByTestId('mantine-dir')?.textContent).toContain('ltr')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('a #tag inside a note is isolated, the rest stays plain text', () => {
    const { container } = renderApp(
      <p dir="auto">
        <UserText text="زار المشاركون Saint-Étienne #logement اليوم" />
      </p>
    )
    expect(container.querySelectorAll('bdi')).toHaveLength(1)
    expect(container.querySelector('bdi')?.textContent).toContain('#logement')
    expect(container.querySelector('p')?.textContent).toContain('زار المشاركون Saint-Étienne #logement اليوم')
  })

  it('values of the other direction are isolated in messages; same-direction ones are untouched', async () => {
    const { rerender } = renderApp(<Deleted title="ورشة سوسة" />)
    expect(screen.getByTestId('message').textContent).toBe('“\u2068ورشة سوسة\u2069” was deleted.')
    rerender(<Deleted title="Atelier Sousse" />)
    expect(screen.getByTestId('message').textContent).toBe('“Atelier Sousse” was deleted.')
    await act(() => switchLanguage('ar'))
    expect(screen.getByTestId('message').textContent).toBe('حُذفت «\u2068Atelier Sousse\u2069».')
  })

  it('Arabic text is badged as the team’s translation; a missing Arabic text says it is shown in English', async () => {
    const { rerender } = renderApp(<TranslationNotice wanted="ar" shown="ar" />)
    expect(screen.getByTestId('translation-badge')?.textContent).toContain('Passerelle team’s translation')
    expect(screen.getByTestId('translation-badge')?.textContent).toContain(
      'published in English, Spanish and French only'
    )
    rerender(<TranslationNotice wanted="ar" shown="en" />)
    expect(screen.getByTestId('translation-fallback')?.textContent).toContain(
      'This text has no Arabic version in this pack; it is shown in English.'
    )
    rerender(<TranslationNotice wanted="fr" shown="fr" />)
    expect(screen.queryByTestId('translation-badge')).toBeNull()
    await act(() => switchLanguage('ar'))
    rerender(<TranslationNotice wanted="ar" shown="en" />)
    expect(screen.getByTestId('translation-fallback')?.textContent).toContain('يُعرض الإنجليزية')
  })

  it('a Latin title quoted in an Arabic sentence is isolated, so its “#28” stays at its start; search marks still show inside', () => {
    const text = 'الإنجليزية: «#28 Local Citizenship and Migration»؛ وسطر الغلاف «Peer Learning Grenoble».'
    const { container } = renderApp(<RichText text={text} terms={['local']} />)
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent)
    expect(isolated).toEqual(['#28 Local Citizenship and Migration', 'Peer Learning Grenoble'])
    expect(container.querySelector('bdi mark')?.textContent).toBe('Local')
    // Nothing is added to or lost from the text itself.
    expect(container.querySelector('p.reading')?.textContent).toBe(text)
  })
})
