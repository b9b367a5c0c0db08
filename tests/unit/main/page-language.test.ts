import { describe, expect, it } from 'vitest'
import type { Language } from '../../../src/shared/i18n/languages'
import { withPageLanguage } from '../../../src/main/server/page-language'

describe('the saved language written into the page', () => {
  it('sets lang, dir and data-boot-language, and keeps every other attribute', () => {
    const page = '<!doctype html><html class="app" lang="en" dir="ltr" data-x="1"><body></body></html>'
    expect(withPageLanguage(page, 'es')).toBe(
      '<!doctype html><html class="app" data-x="1" lang="es" dir="ltr" data-boot-language="es"><body></body></html>'
    )
  })

  it('writes nothing that is not a known language code', () => {
    const page = '<html lang="en"><body></body></html>'
    expect(withPageLanguage(page, '"><script>alert(1)</script>' as Language)).toBe(page)
  })
})
