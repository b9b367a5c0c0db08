import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { expect, it } from 'vitest'
import type { DesktopCommand } from '../../src/shared/desktop/commands'
import { FakeWebContents, app, invokeEvent, recorded, sendEvent, waitFor } from './electron-double'

/**
 * The desktop shell as wired in main (menu, files opened from outside, the renderer's outbox,
 * window state, the app:// protocol, external links), asserted on the source and on the built
 * bundle. Runs after mainProcessSuite, in the same describe: it uses the app that suite started.
 */
export function desktopShellSuite() {
  const indexUrl = 'app://passerelle/index.html'
  const win = () => recorded.windows[0]!
  const commands = () =>
    win()
      .webContents.sent.filter((m) => m.channel === 'desktop:command')
      .map((m) => m.args[0] as DesktopCommand)
  const menu = () => recorded.applicationMenus.at(-1)!
  /** Our item with this id, wherever this platform puts it (About is in the app menu on macOS). */
  const item = (top: MenuItemConstructorOptions[], id: string) =>
    top.flatMap((m) => m.submenu as MenuItemConstructorOptions[]).find((i) => i.id === id)!
  /** macOS adds the app menu first and a Window menu before Help. */
  const withAppMenu = (names: string[], windowMenu: string) =>
    process.platform === 'darwin' ? ['Passerelle', ...names.slice(0, 3), windowMenu, names[3]] : names

  it('registers app:// as a privileged scheme before ready, and serves the renderer with the CSP as a header', async () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    const handler = recorded.protocols.get('app')!
    const index = await handler(new Request(indexUrl))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await index.text()).toContain('<div id="root">')
    for (const url of ['app://passerelle/../../../etc/passwd', 'app://passerelle/%2e%2e/%2e%2e/package.json'])
      expect((await handler(new Request(url))).status).toBe(404)
    expect((await handler(new Request('app://passerelle/no-such-file.js'))).status).toBe(404)
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404)
  })

  it('sets a native menu in the UI language and rebuilds it when the language changes', async () => {
    // The notebook was set to French by mainProcessSuite.
    const top = () => menu().map((m) => m.label)
    expect(top()).toEqual(withAppMenu(['Fichier', 'Édition', 'Affichage', 'Aide'], 'Fenêtre'))
    const set = recorded.handlers.get('settings:set')!
    await set(invokeEvent(indexUrl), { language: 'es' })
    expect(top()).toEqual(withAppMenu(['Archivo', 'Edición', 'Ver', 'Ayuda'], 'Ventana'))
    await set(invokeEvent(indexUrl), { language: 'fr' })
    expect(top()).toContain('Fichier')
  })

  it('holds commands until our own page says it listens, never for another page', async () => {
    item(menu(), 'new-session').click!({} as never, undefined, {} as never)
    expect(commands()).toEqual([])
    const foreign = new FakeWebContents()
    recorded.listeners.get('desktop:ready')!(sendEvent('https://evil.example/', foreign))
    recorded.listeners.get('desktop:ready')!(sendEvent(indexUrl, foreign, { subframe: true }))
    expect(foreign.sent).toEqual([])
    recorded.listeners.get('desktop:ready')!(sendEvent(`${indexUrl}#/library`, win().webContents))
    expect(commands()).toEqual([{ type: 'new-session' }])
    item(menu(), 'about').click!({} as never, undefined, {} as never)
    expect(commands().at(-1)).toEqual({ type: 'about' })
  })

  it('forwards a file from a second instance to the import preview of the running one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-open-'))
    await writeFile(join(dir, 'Atelier.passerelle-session.json'), '{"schemaVersion": 1}')
    const focused = win().focused
    const before = commands().length
    // Unpackaged (as in the double), argv is [electron, …switches, the app, …files].
    const argv = [
      '/usr/lib/electron',
      '--allow-file-access',
      '/work/passerelle',
      'Atelier.passerelle-session.json'
    ]
    app.emit('second-instance', {}, argv, dir)
    await waitFor(() => commands().length > before)
    expect(win().focused).toBeGreaterThan(focused)
    expect(commands().at(-1)).toEqual({ type: 'import', kind: 'session', content: '{"schemaVersion": 1}' })
    expect(recorded.windows).toHaveLength(1)
  })

  it('opens a file macOS hands over (open-file), and refuses one that is not ours without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-open-'))
    const pack = join(dir, 'pack.json')
    await writeFile(pack, JSON.stringify({ format: 'passerelle.content-pack', id: 'x' }))
    let prevented = false
    const before = commands().length
    app.emit('open-file', { preventDefault: () => (prevented = true) }, pack)
    await waitFor(() => commands().length > before)
    expect(prevented).toBe(true)
    expect(commands().at(-1)).toMatchObject({ type: 'import', kind: 'pack' })
    app.emit('open-file', { preventDefault: () => undefined }, join(dir, 'holiday.jpg'))
    await waitFor(() => commands().length > before + 1)
    expect(commands().at(-1)).toMatchObject({
      type: 'import-refused',
      kind: 'session',
      error: { code: 'import/not-a-session' }
    })
  })

  it(
    'holds a file opened while the notebook is locked, unread, and shows the latest once unlocked',
    { timeout: 30_000 },
    async () => {
      const call = (channel: string, input?: unknown) =>
        recorded.handlers.get(channel)!(invokeEvent(indexUrl), input)
      const dir = await mkdtemp(join(tmpdir(), 'passerelle-open-'))
      const older = join(dir, 'Older.passerelle-session.json')
      await writeFile(older, '{"schemaVersion": 1, "title": "older"}')
      // Locked by the app (the page unmounts its screens, and with them its listener).
      expect(await call('notebook:lock')).toMatchObject({ ok: true, value: { locked: true } })
      expect(item(menu(), 'import-session').enabled).toBe(false)
      const before = commands().length
      app.emit('open-file', { preventDefault: () => undefined }, older)
      const argv = ['/usr/lib/electron', '/work/passerelle', 'Atelier.passerelle-session.json']
      app.emit('second-instance', {}, argv, dir)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(commands()).toHaveLength(before)
      // Written only now: a main that read the file while locked would have found nothing.
      await writeFile(join(dir, 'Atelier.passerelle-session.json'), '{"schemaVersion": 2}')
      const unlocked = await call('notebook:unlock', { passphrase: 'a passphrase for the main process' })
      expect(unlocked).toMatchObject({ ok: true, value: { locked: false } })
      expect(item(menu(), 'import-session').enabled).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(commands()).toHaveLength(before)
      // The screens are back and say they listen: the latest file goes to its import preview.
      recorded.listeners.get('desktop:ready')!(sendEvent(indexUrl, win().webContents))
      await waitFor(() => commands().length > before)
      expect(commands().slice(before)).toEqual([
        { type: 'import', kind: 'session', content: '{"schemaVersion": 2}' }
      ])
    }
  )

  it('File ▸ Import content pack… asks main’s open dialog, then shows that file’s preview', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-open-'))
    await writeFile(join(dir, 'other.json'), '{"title": "not a pack"}')
    recorded.openDialogPaths = [join(dir, 'other.json')]
    const before = commands().length
    item(menu(), 'import-pack').click!({} as never, undefined, {} as never)
    await waitFor(() => commands().length > before)
    expect(recorded.openDialogs.at(-1)).toMatchObject({ title: 'Importer un paquet de contenu' })
    // The user asked for a pack: a plain .json goes to the pack preview, which will say why not.
    expect(commands().at(-1)).toMatchObject({ type: 'import', kind: 'pack' })
    recorded.openDialogPaths = []
  })

  it('reveals the notebook folder, and says where the data is', async () => {
    const notebook = join(recorded.setPaths.get('userData')!, 'notebook')
    item(menu(), 'open-data-folder').click!({} as never, undefined, {} as never)
    await waitFor(() => recorded.openedPaths.length > 0)
    expect(recorded.openedPaths.at(-1)).toBe(notebook)
    recorded.messageBoxResponse = 0
    item(menu(), 'where-is-my-data').click!({} as never, undefined, {} as never)
    await waitFor(() => recorded.messageBoxes.length > 0 && recorded.openedPaths.length > 1)
    expect(recorded.messageBoxes.at(-1)).toMatchObject({ title: 'Où sont mes données\u202f?' })
    expect(recorded.messageBoxes.at(-1)!.detail).toContain(notebook)
    recorded.messageBoxResponse = 1
  })

  it('opens links only to the sites the content cites; anything else is refused', async () => {
    const open = recorded.handlers.get('app:open-external')!
    const cited = 'https://issuu.com/uclgcglu/docs/28_local_citizenship_and_migration'
    expect(await open(invokeEvent(indexUrl), { url: cited })).toMatchObject({ ok: true })
    expect(await open(invokeEvent(indexUrl), { url: 'https://evil.example/phish' })).toMatchObject({
      ok: false,
      error: { code: 'external/not-allowed' }
    })
    expect(recorded.opened).toEqual([cited])
  })

  it('offers cut, copy, paste and select all in a text field, in the UI language', () => {
    const params = {
      isEditable: true,
      selectionText: 'Grenoble',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    }
    win().webContents.emit('context-menu', {}, params)
    expect(recorded.popups.at(-1)!.map((i) => i.label ?? i.type)).toEqual([
      'Couper',
      'Copier',
      'Coller',
      'separator',
      'Tout sélectionner'
    ])
  })

  it('remembers where the window was, written crash-safely beside the notebook', async () => {
    win().moveTo({ x: 40, y: 60, width: 1000, height: 700 })
    win().maximize()
    win().emit('close')
    const file = join(recorded.setPaths.get('userData')!, 'window-state.json')
    await waitFor(() => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')).maximized === true
      } catch {
        return false
      }
    })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 40, y: 60, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false
    })
  })
}
