import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { FakeWebContents, app, fireReady, invokeEvent, recorded, session, waitFor } from './electron-double'

/**
 * The same assertions run against `src/main/index.ts` and the built `out/main/index.js`, so a
 * bundling mistake (wrong preload path, a clashing shim, a lost handler) fails a test too.
 */
export function mainProcessSuite(
  load: () => Promise<unknown>,
  rendererDir: string,
  preloadMustExist: boolean
) {
  const indexUrl = 'app://passerelle/index.html'
  let dataDir = ''

  it('starts: single-instance lock, one hardened window, every contract channel registered', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'passerelle-main-'))
    process.env.PASSERELLE_DATA_DIR = dataDir
    await load()
    fireReady()
    await waitFor(() => recorded.windows.length === 1)

    expect(recorded.setPaths.get('userData')).toBe(dataDir)
    const win = recorded.windows[0]!
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      // Only macOS's own spell checker is used; elsewhere Chromium would download dictionaries.
      spellcheck: process.platform === 'darwin',
      // Unpackaged here (the double's app.isPackaged is false); off in a packaged build.
      devTools: true,
      navigateOnDragDrop: false
    })
    const preload = win.options.webPreferences?.preload ?? ''
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true)
    if (preloadMustExist) expect(existsSync(preload)).toBe(true)
    // Served by the app:// protocol, never from file://.
    expect(win.loadedFile).toBeNull()
    expect(win.loadedUrl).toBe(indexUrl)
    expect(recorded.protocols.has('app')).toBe(true)
    expect(existsSync(join(rendererDir, 'index.html'))).toBe(true)
    expect([...recorded.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('until a language is chosen, offers the first of the OS’s languages that Passerelle speaks', async () => {
    const get = recorded.handlers.get('settings:get')!
    // The double's OS prefers German, then Canadian French: French is the first one we speak.
    expect(await get(invokeEvent(indexUrl))).toMatchObject({
      ok: true,
      value: { language: null, systemLanguage: 'fr', welcomeDismissed: false }
    })
  })

  it('answers our own page through the real dispatcher and storage', async () => {
    const set = recorded.handlers.get('settings:set')!
    const result = await set(invokeEvent(`${indexUrl}#/settings`), { language: 'fr' })
    expect(result).toMatchObject({ ok: true, value: { language: 'fr' } })
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'notebook', 'notebook.json'), 'utf8'))
    expect(onDisk.settings.language).toBe('fr')
    const bad = await set(invokeEvent(indexUrl), { language: 'xx' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation/invalid-input' } })
  })

  it('refuses senders that are not our own top-level page', async () => {
    const get = recorded.handlers.get('settings:get')!
    for (const event of [
      invokeEvent('https://evil.example/'),
      invokeEvent('file:///etc/passwd'),
      invokeEvent(indexUrl, { subframe: true })
    ]) {
      expect(await get(event)).toMatchObject({ ok: false, error: { code: 'ipc/forbidden-sender' } })
    }
  })

  it('denies new windows, foreign navigation and webviews on every web contents', () => {
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.fire('will-navigate', `${indexUrl}#/library`)).toBe(false)
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true)
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true)
  })

  it('denies every permission, blocks every request outside the bundle, and spell-checks only with the OS’s checker', () => {
    const ses = session.defaultSession
    const granted: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      ses.permissionRequestHandler?.({}, permission, (g) => granted.push(g))
    }
    expect(granted).toEqual([false, false, false, false])
    expect(ses.permissionCheckHandler?.()).toBe(false)
    expect(ses.devicePermissionHandler?.()).toBe(false)
    const cancelled = (url: string) => {
      let cancel: boolean | undefined
      ses.beforeRequest?.({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true)
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true)
    expect(cancelled('wss://example.org/socket')).toBe(true)
    expect(cancelled('file:///etc/hosts')).toBe(true)
    expect(cancelled(pathToFileURL(join(rendererDir, 'index.html')).href)).toBe(true)
    expect(cancelled('app://other/index.html')).toBe(true)
    expect(cancelled(new URL('assets/index.js', `${indexUrl}`).href)).toBe(false)
    expect(ses.spellChecker).toBe(process.platform === 'darwin')
  })

  it('focuses the existing window when a second instance starts', () => {
    const before = recorded.windows[0]!.focused
    app.emit('second-instance', {}, ['/opt/Passerelle/passerelle', '--no-sandbox'], '/home/someone')
    expect(recorded.windows).toHaveLength(1)
    expect(recorded.windows[0]!.focused).toBe(before + 1)
  })

  it(
    'protects the notebook, locks and unlocks it through the real dispatcher, sealing its files',
    { timeout: 30_000 },
    async () => {
      const call = (channel: string, input?: unknown) =>
        recorded.handlers.get(channel)!(invokeEvent(indexUrl), input)
      const passphrase = 'a passphrase for the main process'
      const created = await call('sessions:create', { title: 'Sealed in main' })
      expect(created).toMatchObject({ ok: true })
      const done = (await call('notebook:protect', { passphrase })) as {
        ok: boolean
        value: { recoveryKey: string }
      }
      expect(done).toMatchObject({ ok: true, value: { status: { protected: true, locked: false } } })
      const onDisk = readFileSync(join(dataDir, 'notebook', 'notebook.json'))
      expect(onDisk.subarray(0, 4).toString('latin1')).toBe('PSRL')
      expect(onDisk.includes('Sealed in main')).toBe(false)
      expect(await call('notebook:lock')).toMatchObject({ ok: true, value: { locked: true } })
      expect(await call('sessions:list')).toMatchObject({ ok: false, error: { code: 'crypto/locked' } })
      expect(await call('settings:get')).toMatchObject({ ok: true, value: { language: 'fr' } })
      expect(await call('notebook:unlock', { recoveryKey: done.value.recoveryKey })).toMatchObject({
        ok: true
      })
      expect(await call('sessions:list')).toMatchObject({ ok: true, value: [{ title: 'Sealed in main' }] })
    }
  )

  it('opens the projector in a second hardened window, full screen on the second display, which may call only the projector’s channels', async () => {
    recorded.displays.push({
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      workArea: { x: 1920, y: 0, width: 1280, height: 720 }
    })
    const main = recorded.windows[0]!
    const created = await recorded.handlers.get('sessions:create')!(invokeEvent(indexUrl), { title: 'Room' })
    const id = (created as { value: { id: string } }).value.id
    const open = recorded.handlers.get('projector:open')!
    expect(await open(invokeEvent(indexUrl), { sessionId: id })).toEqual({ ok: true, value: null })
    expect(recorded.windows).toHaveLength(2)
    const projector = recorded.windows[1]!
    expect(projector.loadedUrl).toBe(`${indexUrl}#/projector/${id}`)
    expect(projector.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true })
    expect(projector.options.webPreferences).toMatchObject(main.options.webPreferences ?? {})
    const from = invokeEvent(`${indexUrl}#/projector/${id}`, { sender: projector.webContents })
    expect(await recorded.handlers.get('projector:state')!(from, { sessionId: id })).toMatchObject({
      ok: true
    })
    for (const channel of ['sessions:get', 'library:get', 'projector:open'])
      expect(await recorded.handlers.get(channel)!(from, { id })).toMatchObject({
        ok: false,
        error: { code: 'ipc/forbidden-sender' }
      })
    // Asked again: the same window, brought forward. Closed, it leaves the others as they were.
    await open(invokeEvent(indexUrl), { sessionId: id })
    expect(recorded.windows).toHaveLength(2)
    projector.close()
    recorded.windows.pop()
    recorded.displays.pop()
  })
}
