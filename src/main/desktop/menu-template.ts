import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import type { Catalog } from '../../shared/i18n/resources'
import { createTranslator } from '../i18n'

/** What a menu item can ask the shell to do; the shell decides how (dialog, renderer, OS). */
export type MenuAction =
  'new-session' | 'import-session' | 'import-pack' | 'open-data-folder' | 'about' | 'where-is-my-data'

export type MenuPlatform = 'darwin' | 'win32' | 'linux'

export interface MenuState {
  /** A notebook saved by a newer version is read-only: nothing can be created or imported. */
  writable: boolean
  /** Reload and the developer tools, for unpackaged builds only. */
  developerTools: boolean
}

/**
 * Accelerators spelled out per OS rather than `CmdOrCtrl`, so the template says (and a test
 * checks) exactly what each platform's users will see: Cmd on macOS, Ctrl elsewhere, and each
 * OS's own full-screen and quit keys.
 */
export function acceleratorsFor(platform: MenuPlatform) {
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl'
  return {
    newSession: `${mod}+N`,
    importSession: `${mod}+O`,
    importPack: `${mod}+Shift+O`,
    closeWindow: `${mod}+W`,
    quit: platform === 'win32' ? 'Alt+F4' : `${mod}+Q`,
    undo: `${mod}+Z`,
    redo: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y',
    cut: `${mod}+X`,
    copy: `${mod}+C`,
    paste: `${mod}+V`,
    pasteAndMatchStyle: 'Cmd+Alt+Shift+V',
    selectAll: `${mod}+A`,
    zoomIn: `${mod}+=`,
    zoomOut: `${mod}+-`,
    resetZoom: `${mod}+0`,
    fullScreen: platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11',
    reload: `${mod}+R`,
    devTools: platform === 'darwin' ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
    minimize: 'Cmd+M',
    hide: 'Cmd+H',
    hideOthers: 'Cmd+Alt+H'
  }
}

/**
 * The application menu, as data: a pure function of the UI language, the platform and the
 * notebook's state. `run` receives the actions of our own items; Edit, View and Window items use
 * Electron's roles, with our labels so they read in the UI language.
 */
export function menuTemplate(
  language: Language,
  platform: MenuPlatform,
  state: MenuState,
  run: (action: MenuAction) => void
): MenuItemConstructorOptions[] {
  const t = createTranslator(language)
  const m = (key: keyof Catalog['desktop']['menu']) => t(`desktop.menu.${key}`)
  const keys = acceleratorsFor(platform)
  const mac = platform === 'darwin'
  const sep: MenuItemConstructorOptions = { type: 'separator' }
  const action = (
    id: MenuAction,
    label: string,
    extra: Partial<MenuItemConstructorOptions> = {}
  ): MenuItemConstructorOptions => ({ id, label, click: () => run(id), ...extra })

  const appMenu: MenuItemConstructorOptions = {
    label: 'Passerelle',
    submenu: [
      action('about', m('about')),
      sep,
      { role: 'services', label: m('services') },
      sep,
      { role: 'hide', label: m('hide'), accelerator: keys.hide },
      { role: 'hideOthers', label: m('hideOthers'), accelerator: keys.hideOthers },
      { role: 'unhide', label: m('unhide') },
      sep,
      { role: 'quit', label: m('quit'), accelerator: keys.quit }
    ]
  }

  const file: MenuItemConstructorOptions = {
    label: m('file'),
    submenu: [
      action('new-session', m('newSession'), { accelerator: keys.newSession, enabled: state.writable }),
      sep,
      action('import-session', m('importSession'), {
        accelerator: keys.importSession,
        enabled: state.writable
      }),
      action('import-pack', m('importPack'), { accelerator: keys.importPack, enabled: state.writable }),
      sep,
      action('open-data-folder', m('openDataFolder')),
      sep,
      mac
        ? { role: 'close', label: m('closeWindow'), accelerator: keys.closeWindow }
        : { role: 'quit', label: m('quit'), accelerator: keys.quit }
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: m('edit'),
    submenu: [
      { role: 'undo', label: m('undo'), accelerator: keys.undo },
      { role: 'redo', label: m('redo'), accelerator: keys.redo },
      sep,
      { role: 'cut', label: m('cut'), accelerator: keys.cut },
      { role: 'copy', label: m('copy'), accelerator: keys.copy },
      { role: 'paste', label: m('paste'), accelerator: keys.paste },
      ...(mac
        ? [
            {
              role: 'pasteAndMatchStyle',
              label: m('pasteAndMatchStyle'),
              accelerator: keys.pasteAndMatchStyle
            } as const
          ]
        : []),
      { role: 'delete', label: m('delete') },
      sep,
      { role: 'selectAll', label: m('selectAll'), accelerator: keys.selectAll }
    ]
  }

  const view: MenuItemConstructorOptions = {
    label: m('view'),
    submenu: [
      { role: 'zoomIn', label: m('zoomIn'), accelerator: keys.zoomIn },
      { role: 'zoomOut', label: m('zoomOut'), accelerator: keys.zoomOut },
      { role: 'resetZoom', label: m('resetZoom'), accelerator: keys.resetZoom },
      sep,
      { role: 'togglefullscreen', label: m('fullScreen'), accelerator: keys.fullScreen },
      ...(state.developerTools
        ? [
            sep,
            { role: 'reload', label: m('reload'), accelerator: keys.reload } as const,
            { role: 'toggleDevTools', label: m('devTools'), accelerator: keys.devTools } as const
          ]
        : [])
    ]
  }

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: m('window'),
    submenu: [
      { role: 'minimize', label: m('minimize'), accelerator: keys.minimize },
      { role: 'zoom', label: m('zoom') },
      sep,
      { role: 'front', label: m('front') }
    ]
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: m('help'),
    submenu: [
      ...(mac ? [] : [action('about', m('about')), sep]),
      action('where-is-my-data', m('whereIsMyData'))
    ]
  }

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help]
}
