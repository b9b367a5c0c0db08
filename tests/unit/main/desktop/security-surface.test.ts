import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../../src/main/desktop/app-protocol'
import { contextMenuTemplate, type ContextParams } from '../../../../src/main/desktop/context-menu'
import { allowListedOpener, isAllowedExternalLink } from '../../../../src/main/desktop/external-links'
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/server/security-headers'

describe('the app:// protocol handler', () => {
  async function renderer() {
    const root = await mkdtemp(join(tmpdir(), 'passerelle-protocol-'))
    const dir = join(root, 'renderer')
    await mkdir(join(dir, 'assets'), { recursive: true })
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>')
    await writeFile(join(dir, 'assets', 'index.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.json'), '{"notes":"private"}')
    return createAppProtocolHandler(dir)
  }

  it('serves the bundle with the shared CSP and security headers', async () => {
    const handle = await renderer()
    const page = await handle(new Request('app://passerelle/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const script = await handle(new Request('app://passerelle/assets/index.js'))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
  })

  it('refuses path traversal in every spelling, other hosts, unknown paths and other methods', async () => {
    const handle = await renderer()
    for (const url of [
      'app://passerelle/../secret.json',
      'app://passerelle/%2e%2e/secret.json',
      'app://passerelle/%2E%2E%2Fsecret.json',
      'app://passerelle/assets/..%5c..%5csecret.json',
      'app://passerelle/assets%00/index.js',
      'app://passerelle/missing.js',
      'app://passerelle/assets',
      'app://other/index.html'
    ]) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
    expect(
      (await handle(new Request('app://passerelle/index.html', { method: 'POST', body: 'x' }))).status
    ).toBe(405)
  })
})

describe('openExternal allow-list', () => {
  const pack = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../resources/content/uclg-plm-28.json'), 'utf8')
  ) as { sources: Array<{ url?: string }> }

  it('allows every https source the bundled content pack cites (the links the Library offers)', () => {
    const https = pack.sources.flatMap((s) => (s.url?.startsWith('https://') ? [s.url] : []))
    expect(https.length).toBeGreaterThan(30)
    for (const url of https) expect(isAllowedExternalLink(new URL(url)), url).toBe(true)
  })

  it('refuses other sites, look-alikes, http, credentials and odd ports, and logs the host only', async () => {
    for (const url of [
      'https://evil.example/',
      'https://uclg.org.evil.example/',
      'https://notuclg.org/',
      'http://www.uclg.org/',
      'https://user:pw@uclg.org/',
      'https://uclg.org:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)'
    ])
      expect(isAllowedExternalLink(new URL(url)), url).toBe(false)
    const opened: string[] = []
    const logged: string[] = []
    const open = allowListedOpener(
      async (u) => void opened.push(u),
      (m) => logged.push(m)
    )
    await open('https://www.cglu.org/fr/media')
    await expect(open('https://evil.example/?participant=Amina')).rejects.toMatchObject({
      code: 'external/not-allowed'
    })
    await expect(open('not a url')).rejects.toMatchObject({ code: 'external/not-allowed' })
    expect(opened).toEqual(['https://www.cglu.org/fr/media'])
    expect(logged[0]).toContain('evil.example')
    expect(logged.join(' ')).not.toContain('Amina')
  })
})

describe('text-field context menu (pure, from the context-menu params)', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
  const params = (over: Partial<ContextParams>): ContextParams =>
    ({
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: flags,
      ...over
    }) as ContextParams
  const spelling = () => {
    const calls: string[] = []
    return {
      calls,
      replace: (w: string) => calls.push(`replace:${w}`),
      addToDictionary: (w: string) => calls.push(`add:${w}`)
    }
  }

  it('in a field: cut and copy need a selection, paste and select all follow the field', () => {
    const items = contextMenuTemplate(params({}), 'en', spelling())
    expect(items.map((i) => [i.role ?? i.type, i.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['separator', undefined],
      ['selectAll', true]
    ])
  })

  it('offers the OS spell checker’s suggestions first, in the UI language', () => {
    const s = spelling()
    const items = contextMenuTemplate(
      params({ misspelledWord: 'citoyenete', dictionarySuggestions: ['citoyenneté', 'citoyen'] }),
      'fr',
      s
    )
    expect(items.slice(0, 4).map((i) => i.label ?? i.type)).toEqual([
      'citoyenneté',
      'citoyen',
      'Ajouter au dictionnaire',
      'separator'
    ])
    items[0]!.click!({} as never, undefined, {} as never)
    items[2]!.click!({} as never, undefined, {} as never)
    expect(s.calls).toEqual(['replace:citoyenneté', 'add:citoyenete'])
    const none = contextMenuTemplate(params({ misspelledWord: 'xq' }), 'es', spelling())
    expect(none[0]).toMatchObject({ label: 'No hay sugerencias ortográficas', enabled: false })
  })

  it('outside a field: copy for selected text, otherwise no menu at all', () => {
    expect(
      contextMenuTemplate(params({ isEditable: false, selectionText: 'Grenoble' }), 'en', spelling())
    ).toEqual([{ role: 'copy', label: 'Copy', enabled: true }])
    expect(contextMenuTemplate(params({ isEditable: false }), 'en', spelling())).toEqual([])
  })
})
