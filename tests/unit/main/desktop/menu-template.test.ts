import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../../src/shared/i18n/languages'
import {
  menuTemplate,
  type MenuAction,
  type MenuPlatform,
  type MenuState
} from '../../../../src/main/desktop/menu-template'

const PLATFORMS: MenuPlatform[] = ['darwin', 'win32', 'linux']
const STATE: MenuState = { writable: true, developerTools: false }
const sub = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[]
const byId = (template: MenuItemConstructorOptions[], id: MenuAction) =>
  template.flatMap((top) => sub(top)).find((i) => i.id === id)
const byRole = (template: MenuItemConstructorOptions[], role: string) =>
  template.flatMap((top) => sub(top)).find((i) => i.role === role)

/** Every label in the menu, depth first: none may be empty or a raw catalog key. */
const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.label ? [i.label] : []), ...(i.submenu ? labels(sub(i)) : [])])

const TOP = {
  en: ['File', 'Edit', 'View', 'Help'],
  es: ['Archivo', 'Edición', 'Ver', 'Ayuda'],
  fr: ['Fichier', 'Édition', 'Affichage', 'Aide'],
  ar: ['ملف', 'تحرير', 'عرض', 'مساعدة']
}

describe('application menu template (pure: language × platform × state)', () => {
  for (const platform of PLATFORMS) {
    for (const language of LANGUAGES) {
      it(`${platform}, ${language}: every label translated, our items wired, standard roles kept`, () => {
        const ran: MenuAction[] = []
        const template = menuTemplate(language, platform, STATE, (a) => ran.push(a))
        const tops = template.map((t) => t.label)
        if (platform === 'darwin') {
          // macOS: the app menu first (About, Services, Hide, Quit), and a Window menu.
          expect(tops[0]).toBe('Passerelle')
          expect(tops).toHaveLength(6)
          expect(tops.slice(1, 4)).toEqual(TOP[language].slice(0, 3))
          expect(tops[5]).toBe(TOP[language][3])
          expect(sub(template[0]!).map((i) => i.role ?? i.id ?? i.type)).toEqual([
            'about',
            'separator',
            'services',
            'separator',
            'hide',
            'hideOthers',
            'unhide',
            'separator',
            'quit'
          ])
        } else {
          expect(tops).toEqual(TOP[language])
        }
        for (const label of labels(template)) {
          expect(label.trim()).not.toBe('')
          expect(label).not.toMatch(/^desktop\./)
        }
        for (const id of [
          'new-session',
          'import-session',
          'import-pack',
          'open-data-folder',
          'about',
          'where-is-my-data'
        ] as const) {
          byId(template, id)!.click!({} as never, undefined, {} as never)
        }
        expect(ran).toEqual([
          'new-session',
          'import-session',
          'import-pack',
          'open-data-folder',
          'about',
          'where-is-my-data'
        ])
        for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut'])
          expect(byRole(template, role), role).toBeDefined()
        expect(byRole(template, 'resetZoom')).toBeDefined()
        expect(byRole(template, 'togglefullscreen')).toBeDefined()
        expect(byRole(template, 'quit')).toBeDefined()
      })
    }
  }

  it('uses Cmd on macOS and Ctrl elsewhere, with each OS’s own full-screen and quit keys', () => {
    const keys = (platform: MenuPlatform) => {
      const t = menuTemplate('en', platform, STATE, () => undefined)
      return {
        newSession: byId(t, 'new-session')!.accelerator,
        importSession: byId(t, 'import-session')!.accelerator,
        importPack: byId(t, 'import-pack')!.accelerator,
        copy: byRole(t, 'copy')!.accelerator,
        redo: byRole(t, 'redo')!.accelerator,
        zoomIn: byRole(t, 'zoomIn')!.accelerator,
        fullScreen: byRole(t, 'togglefullscreen')!.accelerator,
        quit: byRole(t, 'quit')!.accelerator
      }
    }
    expect(keys('darwin')).toEqual({
      newSession: 'Cmd+N',
      importSession: 'Cmd+O',
      importPack: 'Cmd+Shift+O',
      copy: 'Cmd+C',
      redo: 'Cmd+Shift+Z',
      zoomIn: 'Cmd+=',
      fullScreen: 'Ctrl+Cmd+F',
      quit: 'Cmd+Q'
    })
    expect(keys('win32')).toEqual({
      newSession: 'Ctrl+N',
      importSession: 'Ctrl+O',
      importPack: 'Ctrl+Shift+O',
      copy: 'Ctrl+C',
      redo: 'Ctrl+Y',
      zoomIn: 'Ctrl+=',
      fullScreen: 'F11',
      quit: 'Alt+F4'
    })
    expect(keys('linux')).toMatchObject({ newSession: 'Ctrl+N', fullScreen: 'F11', quit: 'Ctrl+Q' })
    for (const platform of PLATFORMS) {
      const all = JSON.stringify(menuTemplate('fr', platform, STATE, () => undefined))
      if (platform === 'darwin') expect(all).not.toContain('Ctrl+N')
      else expect(all).not.toContain('Cmd')
    }
  })

  it('macOS keeps About in the app menu and Close window in File; others put About in Help and Quit in File', () => {
    const mac = menuTemplate('en', 'darwin', STATE, () => undefined)
    expect(sub(mac[1]!).at(-1)).toMatchObject({ role: 'close', label: 'Close window', accelerator: 'Cmd+W' })
    expect(sub(mac.at(-1)!).map((i) => i.id)).toEqual(['where-is-my-data'])
    const linux = menuTemplate('en', 'linux', STATE, () => undefined)
    expect(sub(linux[0]!).at(-1)).toMatchObject({ role: 'quit', label: 'Quit Passerelle' })
    expect(sub(linux.at(-1)!).map((i) => i.id ?? i.type)).toEqual(['about', 'separator', 'where-is-my-data'])
  })

  it('a read-only notebook cannot create or import; developer tools only in unpackaged builds', () => {
    const readOnly = menuTemplate('en', 'linux', { writable: false, developerTools: false }, () => undefined)
    for (const id of ['new-session', 'import-session', 'import-pack'] as const)
      expect(byId(readOnly, id)!.enabled).toBe(false)
    expect(byId(readOnly, 'open-data-folder')!.enabled).toBeUndefined()
    expect(byRole(readOnly, 'toggleDevTools')).toBeUndefined()
    expect(byRole(readOnly, 'reload')).toBeUndefined()
    const dev = menuTemplate('en', 'linux', { writable: true, developerTools: true }, () => undefined)
    expect(byRole(dev, 'toggleDevTools')).toMatchObject({ accelerator: 'Ctrl+Shift+I' })
  })

  it('writes French with its typography: a narrow no-break space before “?”', () => {
    const fr = menuTemplate('fr', 'win32', STATE, () => undefined)
    expect(byId(fr, 'where-is-my-data')!.label).toBe('Où sont mes données\u202f?')
    expect(byId(fr, 'import-session')!.label).toBe('Importer une séance…')
  })
})
