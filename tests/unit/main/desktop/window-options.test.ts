import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../../src/main/window'

describe('main window options', () => {
  it('a packaged build has no developer tools; the window opens where window-state placed it', () => {
    const placement = {
      bounds: { x: -1700, y: 100, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false
    }
    const options = mainWindowOptions('/app/preload.cjs', { placement, devTools: false, spellcheck: false })
    expect(options).toMatchObject({
      x: -1700,
      y: 100,
      width: 1200,
      height: 800,
      minWidth: 760,
      minHeight: 560
    })
    expect(options.webPreferences).toMatchObject({
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      navigateOnDragDrop: false,
      spellcheck: false
    })
  })

  it('without a saved place: the default size, and the OS decides where', () => {
    const options = mainWindowOptions('/app/preload.cjs', { devTools: true, spellcheck: true })
    expect(options).toMatchObject({ width: 1280, height: 860 })
    expect(options).not.toHaveProperty('x')
    expect(options.webPreferences).toMatchObject({ devTools: true, spellcheck: true })
  })
})
