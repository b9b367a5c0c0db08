import { describe, expect, it } from 'vitest'
import { pageLanguageFor, withPageLanguage } from '../../../src/main/server/page-language'
import type { Language } from '../../../src/shared/i18n/languages'
import { rawRequest } from '../../support/http'
import { useTestServer } from '../../support/test-server'

describe('the saved language written into the page', () => {
  it('sets lang, dir and data-boot-language, and keeps every other attribute', () => {
    const page = '<!doctype html><html class="app" lang="en" dir="ltr" data-x="1"><body></body></html>'
    expect(withPageLanguage(page, 'es')).toBe(
      '<!doctype html><html class="app" data-x="1" lang="es" dir="ltr" data-boot-language="es"><body></body></html>'
    )
  })

  it('marks a language nobody chose, so the page may prefer the browser’s own list', () => {
    const page = '<html data-language-source="system" lang="en"><body></body></html>'
    expect(withPageLanguage(page, 'fr', 'system')).toBe(
      '<html lang="fr" dir="ltr" data-boot-language="fr" data-language-source="system"><body></body></html>'
    )
    expect(withPageLanguage(page, 'fr', 'saved')).toBe(
      '<html lang="fr" dir="ltr" data-boot-language="fr"><body></body></html>'
    )
  })

  it('writes nothing that is not a known language code', () => {
    const page = '<html lang="en"><body></body></html>'
    expect(withPageLanguage(page, '"><script>alert(1)</script>' as Language)).toBe(page)
  })
})

describe('the first page’s language before anyone chose one', () => {
  it('is the saved choice when there is one, whatever the browser asks for', () => {
    expect(pageLanguageFor('en', 'fr-FR,fr;q=0.9')).toEqual({ language: 'en', source: 'saved' })
  })

  it('otherwise follows Accept-Language when it names a language we speak, else English', () => {
    expect(pageLanguageFor(null, 'fr-FR,fr;q=0.9,en;q=0.8')).toEqual({ language: 'fr', source: 'system' })
    expect(pageLanguageFor(null, 'de-DE,es;q=0.5')).toEqual({ language: 'es', source: 'system' })
    expect(pageLanguageFor(null, 'de-DE')).toEqual({ language: 'en', source: 'system' })
    expect(pageLanguageFor(null, undefined)).toEqual({ language: 'en', source: 'system' })
  })
})

describe('the server’s page on first run', () => {
  const serve = useTestServer()

  async function start() {
    const { server, backend, host } = await serve({
      indexHtml: '<!doctype html><html lang="en"><body></body></html>',
      options: (backend) => ({ pageLanguage: () => backend.notebook.settings.get().language })
    })
    const page = (acceptLanguage?: string) =>
      rawRequest(server.port, {
        path: '/',
        headers: { host, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) }
      })
    return { backend, page }
  }

  it('speaks the browser’s language from Accept-Language, says it was not chosen, and varies on it', async () => {
    const { page } = await start()
    const french = await page('fr-CA,fr;q=0.9,en;q=0.8')
    expect(french.body).toContain(
      '<html lang="fr" dir="ltr" data-boot-language="fr" data-language-source="system">'
    )
    expect(french.headers.vary).toBe('Accept-Language')
    expect((await page('es-ES')).body).toContain('data-boot-language="es" data-language-source="system"')
    expect((await page('de-DE')).body).toContain('data-boot-language="en" data-language-source="system"')
    expect((await page()).body).toContain('data-boot-language="en" data-language-source="system"')
  })

  it('once a language is chosen, serves it to every browser, English included', async () => {
    const { backend, page } = await start()
    await backend.dispatch('settings:set', { language: 'en' })
    const chosen = await page('fr-FR')
    expect(chosen.body).toContain('<html lang="en" dir="ltr" data-boot-language="en">')
    expect(chosen.body).not.toContain('data-language-source')
    expect(chosen.headers.vary).toBeUndefined()
  })
})
