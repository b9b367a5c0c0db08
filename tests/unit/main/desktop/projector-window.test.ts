import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  createProjectorWindows,
  displayContaining,
  fullScreenKey,
  projectorDisplay,
  projectorWindowOptions
} from '../../../../src/main/desktop/projector-window'
import { registerIpc } from '../../../../src/main/ipc/register'
import { mainWindowOptions } from '../../../../src/main/window'
import { FakeBrowserWindow, FakeWebContents, invokeEvent } from '../../../support/electron-double'

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } } as Display
const wall = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } } as Display

function projectors(displays: Display[] = [laptop]) {
  const made: FakeBrowserWindow[] = []
  const windows = createProjectorWindows({
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        super(options)
        made.push(this)
      }
    } as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow,
    displays: () => displays,
    facilitatorDisplayId: () => 1,
    preload: '/app/preload/index.cjs',
    devTools: false,
    title: () => 'Vue projecteur'
  })
  return { windows, made }
}

describe('projector window', () => {
  it('goes to the display the facilitator is not on, full screen; alone, it opens windowed to be dragged there', () => {
    expect(displayContaining({ x: 100, y: 100, width: 800, height: 600 }, [laptop, wall])?.id).toBe(1)
    expect(displayContaining({ x: 1500, y: 10, width: 800, height: 600 }, [laptop, wall])?.id).toBe(7)
    expect(projectorDisplay([laptop, wall], 1)).toBe(wall)
    expect(projectorDisplay([laptop, wall], 7)).toBe(laptop)
    expect(projectorDisplay([laptop], 1)).toBeNull()

    const onWall = projectorWindowOptions('/p.cjs', wall, { devTools: false, title: 'Projector' })
    expect(onWall).toMatchObject({
      x: 1440,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      title: 'Projector'
    })
    const alone = projectorWindowOptions('/p.cjs', null, { devTools: false, title: 'Projector' })
    expect(alone).toMatchObject({ width: 1280, height: 720, fullscreen: false })
    // The same hardened page as the facilitator's window: sandboxed, isolated, no Node.
    expect(alone.webPreferences).toEqual(
      mainWindowOptions('/p.cjs', { devTools: false, spellcheck: false }).webPreferences
    )
  })

  it('F toggles full screen and Escape leaves it; shortcuts and key-ups are left alone', () => {
    const key = (k: string, more: object = {}) => ({
      type: 'keyDown',
      key: k,
      control: false,
      meta: false,
      alt: false,
      ...more
    })
    expect(fullScreenKey(key('f'), false)).toBe(true)
    expect(fullScreenKey(key('F'), true)).toBe(false)
    expect(fullScreenKey(key('Escape'), true)).toBe(false)
    expect(fullScreenKey(key('Escape'), false)).toBeNull()
    expect(fullScreenKey(key('f', { control: true }), false)).toBeNull()
    expect(fullScreenKey(key('f', { type: 'keyUp' }), false)).toBeNull()
    expect(fullScreenKey(key('b'), false)).toBeNull()
  })

  it('one window: opening again points it at the session asked for and brings it forward', () => {
    const { windows, made } = projectors([laptop, wall])
    windows.open('ses0001')
    expect(made).toHaveLength(1)
    const win = made[0]!
    expect(win.loadedUrl).toBe('app://passerelle/index.html#/projector/ses0001')
    expect(win.options).toMatchObject({ title: 'Vue projecteur', fullscreen: true, x: 1440 })
    windows.open('ses0002')
    expect(made).toHaveLength(1)
    expect(win.loadedUrl).toBe('app://passerelle/index.html#/projector/ses0002')
    expect(win.focused).toBe(1)

    const prevent = vi.fn()
    win.webContents.emit('before-input-event', { preventDefault: prevent }, { type: 'keyDown', key: 'f' })
    expect(win.isFullScreen()).toBe(true)
    expect(prevent).toHaveBeenCalledOnce()

    windows.close()
    expect(win.isDestroyed()).toBe(true)
    windows.open('ses0002')
    expect(made).toHaveLength(2)
  })

  it('its page may call only the projector’s channels; other pages are unaffected', async () => {
    const { windows, made } = projectors()
    windows.open('ses0001')
    const page = made[0]!.webContents
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
    const dispatch = vi.fn(async (channel: string) => ({ ok: true as const, value: channel }))
    registerIpc(
      { handle: (c, fn) => void handlers.set(c, fn as never) },
      dispatch,
      () => true,
      windows.allows
    )
    const url = 'app://passerelle/index.html#/projector/ses0001'
    const input = { sessionId: 'ses0001' }
    expect(await handlers.get('projector:state')!(invokeEvent(url, { sender: page }), input)).toMatchObject({
      ok: true
    })
    expect(await handlers.get('projector:set')!(invokeEvent(url, { sender: page }), input)).toMatchObject({
      ok: true
    })
    for (const channel of ['sessions:get', 'sessions:list', 'captures:add', 'projector:open', 'library:get'])
      expect(await handlers.get(channel)!(invokeEvent(url, { sender: page }), input)).toMatchObject({
        ok: false,
        error: { code: 'ipc/forbidden-sender' }
      })
    expect(dispatch).toHaveBeenCalledTimes(2)
    const facilitator = new FakeWebContents()
    expect(
      await handlers.get('sessions:list')!(invokeEvent(url, { sender: facilitator }), undefined)
    ).toMatchObject({
      ok: true
    })
  })
})
