import { describe, expect, it } from 'vitest'
import { rawRequest } from '../../support/http'
import { TEST_TOKEN as TOKEN, useTestServer } from '../../support/test-server'

const serve = useTestServer()

async function start(maxBodyBytes?: number) {
  const { server, host, dataDir } = await serve({
    files: { 'bundle/assets/app.js': 'console.log(1)', 'secret.txt': 'do not serve' },
    options: () => (maxBodyBytes ? { maxBodyBytes } : {})
  })
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { host, 'content-type': 'application/json', 'x-passerelle-token': TOKEN, ...headers },
      body: JSON.stringify(body)
    })
  return { server, host, api, dataDir }
}

describe('browser-mode HTTP server', () => {
  it('listens on loopback and prints a URL carrying the token', async () => {
    const { server } = await start()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`)
  })

  it('answers API calls with the token through the dispatcher', async () => {
    const { api } = await start()
    const set = await api('settings:set', { input: { language: 'es' } })
    expect(set.status).toBe(200)
    expect(JSON.parse(set.body)).toEqual({
      ok: true,
      value: { language: 'es', welcomeDismissed: false, revision: 1, systemLanguage: null }
    })
    expect(JSON.parse((await api('nope:nothing', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'ipc/unknown-channel' }
    })
  })

  it('refuses API calls without the token, or with a wrong one, with 401 and changes nothing', async () => {
    const { api } = await start()
    for (const token of ['', 'wrong', TOKEN.slice(0, -1), `${TOKEN}x`]) {
      const res = await api('settings:set', { input: { language: 'fr' } }, { 'x-passerelle-token': token })
      expect(res.status).toBe(401)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'http/unauthorized' } })
    }
    expect(JSON.parse((await api('settings:get', {})).body).value.language).toBe(null)
  })

  it('refuses any Host other than our loopback address (DNS rebinding) with 403', async () => {
    const { server, api } = await start()
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1'
    ]) {
      expect((await rawRequest(server.port, { path: '/', headers: { host } })).status).toBe(403)
      expect((await api('settings:get', {}, { host })).status).toBe(403)
    }
    expect(
      (await rawRequest(server.port, { path: '/', headers: { host: `localhost:${server.port}` } })).status
    ).toBe(200)
  })

  it('serves only files inside the bundle: traversal attempts get 404', async () => {
    const { server, host } = await start()
    const get = (path: string) => rawRequest(server.port, { path, headers: { host } })
    expect((await get('/')).body).toContain('<title>ok</title>')
    expect((await get('/assets/app.js')).status).toBe(200)
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
      '/assets',
      '/nope.js',
      '/%E0%A4%A'
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })

  it('sends security headers and never a CORS header, even when asked cross-origin', async () => {
    const { server, host, api } = await start()
    const page = await rawRequest(server.port, {
      path: '/',
      headers: { host, origin: 'https://evil.example' }
    })
    const call = await api('settings:get', {}, { origin: 'https://evil.example' })
    for (const res of [page, call]) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
      expect(res.headers['content-security-policy']).toContain("default-src 'none'")
      expect(res.headers['x-content-type-options']).toBe('nosniff')
    }
    const preflight = await rawRequest(server.port, {
      method: 'OPTIONS',
      path: '/api/settings:get',
      headers: { host, origin: 'https://evil.example' }
    })
    expect(preflight.status).toBe(405)
  })

  it('refuses wrong methods, non-JSON bodies and oversized bodies before parsing', async () => {
    const { server, host, api } = await start(1024)
    expect((await rawRequest(server.port, { path: '/api/settings:get', headers: { host } })).status).toBe(405)
    expect((await api('settings:get', {}, { 'content-type': 'text/plain' })).status).toBe(415)
    const notJson = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/settings:get',
      headers: { host, 'content-type': 'application/json', 'x-passerelle-token': TOKEN },
      body: '{nope'
    })
    expect(notJson.status).toBe(400)
    expect((await api('settings:set', { input: { language: 'x'.repeat(5000) } })).status).toBe(413)
  })
})
