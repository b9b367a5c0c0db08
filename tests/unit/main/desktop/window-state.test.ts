import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseWindowState,
  placeWindow,
  type DisplayArea,
  type WindowState
} from '../../../../src/main/desktop/window-state'
import { keepWindowState, readWindowState } from '../../../../src/main/desktop/window-state-file'

const SIZES = { width: 1280, height: 860, minWidth: 760, minHeight: 560 }
const display = (x: number, y: number, width: number, height: number): DisplayArea => ({
  workArea: { x, y, width, height }
})
const laptop = display(0, 25, 1440, 875)
const rightMonitor = display(1440, 0, 2560, 1440)
const leftMonitor = display(-1920, 0, 1920, 1080)
const saved = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
  fullScreen: false
})

describe('where the window opens (pure, with display layouts)', () => {
  it('first start: default size, centred on the primary display', () => {
    expect(placeWindow(null, [laptop], laptop, SIZES)).toEqual({
      bounds: { x: 80, y: 33, width: 1280, height: 860 },
      maximized: false,
      fullScreen: false
    })
  })

  it('goes back exactly where it was when that place is still on screen', () => {
    const state = saved(1600, 100, 1800, 1000, true)
    expect(placeWindow(state, [laptop, rightMonitor], laptop, SIZES)).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1000 },
      maximized: true,
      fullScreen: false
    })
  })

  it('a window left on a monitor that was unplugged comes back centred on the primary display', () => {
    const placed = placeWindow(saved(1600, 100, 1800, 1000, true), [laptop], laptop, SIZES)
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 })
    expect(placed.maximized).toBe(true)
    const small = placeWindow(saved(2000, 300, 1000, 700), [laptop], laptop, SIZES)
    expect(small.bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 })
  })

  it('a monitor to the left (negative x) is a real place, kept as long as it is plugged in', () => {
    const state = saved(-1700, 100, 1200, 800)
    expect(placeWindow(state, [laptop, leftMonitor], laptop, SIZES).bounds).toEqual(state.bounds)
    expect(placeWindow(state, [laptop], laptop, SIZES).bounds.x).toBeGreaterThanOrEqual(0)
  })

  it('a window half off the edge is pulled wholly onto the display showing most of it', () => {
    expect(placeWindow(saved(1000, 500, 1000, 700), [laptop], laptop, SIZES).bounds).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700
    })
  })

  it('a title bar above the top of every display cannot be grabbed: the window is brought back', () => {
    const placed = placeWindow(saved(100, -500, 1000, 700), [laptop], laptop, SIZES)
    expect(placed.bounds.y).toBeGreaterThanOrEqual(25)
  })

  it('a screen smaller than last time shrinks the window to fit, never below what the screen allows', () => {
    const tiny = display(0, 0, 1024, 600)
    expect(placeWindow(saved(0, 0, 1800, 1100), [tiny], tiny, SIZES).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 600
    })
  })

  it('a state file that is not ours, or damaged, is ignored', () => {
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3,"height":4},"maximized":false}')).toEqual(
      saved(1, 2, 3, 4)
    )
    for (const bad of [
      '',
      '{',
      'null',
      '{"bounds":{"x":"1"}}',
      '{"bounds":{"x":1,"y":2,"width":-3,"height":4}}'
    ])
      expect(parseWindowState(bad)).toBeNull()
  })
})

class Win extends EventEmitter {
  bounds = { x: 10, y: 20, width: 900, height: 700 }
  maximized = false
  getNormalBounds = () => ({ ...this.bounds })
  isMaximized = () => this.maximized
  isFullScreen = () => false
  isDestroyed = () => false
  isMinimized = () => false
}

describe('keeping the window state on disk', () => {
  it('writes after a move settles, at once on maximise or close, and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-window-'))
    const win = new Win()
    const writes: string[] = []
    const keeper = keepWindowState(win as never, dir, {
      delayMs: 20,
      write: async (file, data) => {
        writes.push(data)
        await writeFile(file, data)
      }
    })
    win.emit('move')
    win.emit('resize')
    win.emit('move')
    expect(writes).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 60))
    expect(writes).toHaveLength(1)
    win.maximized = true
    win.emit('maximize')
    win.emit('close')
    await keeper.flush()
    // The close found nothing new to say: no second write of the same state.
    expect(writes).toHaveLength(2)
    expect(await readWindowState(dir)).toEqual({ bounds: win.bounds, maximized: true, fullScreen: false })
  })

  it('writes through the storage’s durable write by default (temp file, fsync, rename)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-window-'))
    const win = new Win()
    const keeper = keepWindowState(win as never, dir)
    win.emit('close')
    await keeper.flush()
    expect(JSON.parse(await readFile(join(dir, 'window-state.json'), 'utf8')).bounds).toEqual(win.bounds)
  })

  it('no file yet: no saved state', async () => {
    expect(await readWindowState(await mkdtemp(join(tmpdir(), 'passerelle-window-')))).toBeNull()
  })
})
