import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runServerExpectingExit, startServerProcess } from '../../support/server-process'
import { useTempDirs } from '../../support/temp-dir'

const outMain = join(import.meta.dirname, '../../../out/main')

/** Every file the server entry can load: itself plus the chunks it imports, transitively. */
function serverGraph(): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', m[1]!))
  }
  visit(join(outMain, 'server.js'))
  return [...seen]
}

describe('built browser-mode server (out/main/server.js)', () => {
  it('never imports electron, directly or through a shared chunk', () => {
    const files = serverGraph()
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(
        /from\s+["']electron["']|require\(\s*["']electron["']\s*\)|import\(\s*["']electron["']\s*\)/
      )
    }
  })

  it('the desktop entry does import electron (the check above can see it)', () => {
    expect(readFileSync(join(outMain, 'index.js'), 'utf8')).toMatch(/from\s+["']electron["']/)
    expect(readdirSync(outMain)).toContain('server.js')
  })
})

describe('npm run serve (the built server as a process)', () => {
  const tempDir = useTempDirs()

  it('prints one line with a loopback URL and token, serves the app, and 401s an API call without the token', async () => {
    const dataDir = await tempDir()
    const server = await startServerProcess(dataDir)
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
      const page = await fetch(server.origin + '/')
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<div id="root">')
      const anonymous = await fetch(server.origin + '/api/settings:get', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}'
      })
      expect(anonymous.status).toBe(401)
      const authorised = await fetch(server.origin + '/api/settings:get', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
        body: '{}'
      })
      expect(await authorised.json()).toEqual({
        ok: true,
        value: { language: null, welcomeDismissed: false, revision: 0, systemLanguage: null }
      })
      const packs = await fetch(server.origin + '/api/content:packs', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
        body: '{}'
      }).then((r) => r.json())
      expect(packs.value.map((p: { pack: { id: string }; origin: string }) => [p.pack.id, p.origin])).toEqual(
        [['uclg-plm-28', 'bundled']]
      )
    } finally {
      await server.stop()
    }
    expect(readdirSync(join(dataDir, 'notebook'))).not.toContain('.lock')
  })

  it('writes the saved language into the page, so a French notebook paints French without a request', async () => {
    const dataDir = await tempDir()
    const server = await startServerProcess(dataDir)
    try {
      // Never chosen: the request's Accept-Language decides, and the page says it was not a choice.
      const french = await fetch(server.origin + '/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })
      expect(await french.text()).toContain(
        '<html lang="fr" dir="ltr" data-boot-language="fr" data-language-source="system">'
      )
      const saved = await fetch(server.origin + '/api/settings:set', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-passerelle-token': server.token },
        body: JSON.stringify({ input: { language: 'fr' } })
      }).then((r) => r.json())
      expect(saved).toMatchObject({ ok: true, value: { language: 'fr' } })
      for (const path of ['/', '/index.html']) {
        const page = await fetch(server.origin + path, { headers: { 'accept-language': 'es' } }).then((r) =>
          r.text()
        )
        expect(page).toContain('<html lang="fr" dir="ltr" data-boot-language="fr">')
        expect(page.match(/<html\b/g)).toHaveLength(1)
      }
    } finally {
      await server.stop()
    }
  })

  it('keeps the same access key for a data folder from one start to the next, owner-only, printed only in the URL', async () => {
    const dataDir = await tempDir()
    const first = await startServerProcess(dataDir)
    let later = ''
    first.child.stdout?.on('data', (d: Buffer) => (later += d.toString()))
    first.child.stderr?.on('data', (d: Buffer) => (later += d.toString()))
    const agreed = await fetch(first.origin + '/api/settings:set', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-passerelle-token': first.token },
      body: JSON.stringify({ input: { welcomeDismissed: true } })
    })
    expect(agreed.status).toBe(200)
    await first.stop()
    // The key appears once: in the address line.
    expect(first.printed.split(first.token)).toHaveLength(2)
    expect(first.printed.trim()).toBe(`Passerelle is running at ${first.url}`)
    expect(later).not.toContain(first.token)

    const second = await startServerProcess(dataDir, ['--port', String(first.port)])
    try {
      expect(second.url).toBe(first.url)
      expect(second.token).toBe(first.token)
      const file = join(dataDir, 'server-token')
      expect(readFileSync(file, 'utf8').trim()).toBe(first.token)
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
      // The old tab's key still opens the door.
      const settings = await fetch(second.origin + '/api/settings:get', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-passerelle-token': first.token },
        body: '{}'
      }).then((r) => r.json())
      expect(settings).toMatchObject({ ok: true, value: { welcomeDismissed: true } })
    } finally {
      await second.stop()
    }
  })

  it('without --port, takes the usual port 4780, or says the address changed when another program holds it', async () => {
    const dataDir = await tempDir()
    // Whoever holds 4780 (this test, or something else on this machine), the server must not fail.
    const blocker = createServer()
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve())
      blocker.listen(4780, '127.0.0.1', () => resolve())
    })
    try {
      const server = await startServerProcess(dataDir, [], { LANG: 'en_GB.UTF-8', LC_ALL: '' })
      try {
        expect(server.port).not.toBe(4780)
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
        expect(server.printed.split('\n')[0]).toBe(
          'Port 4780 is taken by another program, so the address below is not the usual one: open it, and close tabs left at the usual address.'
        )
      } finally {
        await server.stop()
      }
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()))
    }
  })

  it('a second server on the same notebook exits with one clear sentence, in the user’s language', async () => {
    const dataDir = await tempDir()
    const first = await startServerProcess(dataDir)
    try {
      const second = await runServerExpectingExit(dataDir, ['--port', '0'], {
        LANG: 'fr_FR.UTF-8',
        LC_ALL: ''
      })
      expect(second.code).toBe(2)
      expect(second.stdout).toBe('')
      expect(second.stderr.trim()).toBe(
        `Passerelle ne peut pas ouvrir le carnet situé dans ${dataDir}\u00a0: Une autre fenêtre ou un autre serveur Passerelle utilise déjà ce carnet. Fermez-le d’abord.`
      )
    } finally {
      await first.stop()
    }
  })

  it('refuses a bad --port with a message and exit code 2', async () => {
    const result = await runServerExpectingExit(await tempDir(), ['--port', 'eighty'], {
      LANG: 'en_GB.UTF-8',
      LC_ALL: ''
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('“eighty” is not a port number')
  })
})
