import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { writeFileDurable } from '../storage/durable-write'
import { parseWindowState, type WindowState } from './window-state'

/** Beside the notebook folder, not in it: it is about this computer's screens, not the notes. */
export const WINDOW_STATE_FILE = 'window-state.json'

export async function readWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))
  } catch {
    return null
  }
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed' | 'isMinimized'
>

/**
 * Remembers the window's place as it changes (debounced while it is dragged or resized, at once
 * when it is maximised, made full screen or closed), written crash-safely: a crash mid-write
 * leaves the previous state, never half a file. `flush()` waits for the last write (quit).
 */
export function keepWindowState(
  win: TrackedWindow,
  dataDir: string,
  options: { delayMs?: number; write?: (file: string, data: string) => Promise<void> } = {}
): { flush(): Promise<void> } {
  const { delayMs = 500, write = writeFileDurable } = options
  const file = join(dataDir, WINDOW_STATE_FILE)
  let lastWritten = ''
  let writing: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | null = null

  const capture = () => {
    if (timer) clearTimeout(timer)
    timer = null
    // A minimised window's normal bounds are still right; a destroyed one has nothing to tell.
    if (win.isDestroyed()) return
    const state: WindowState = {
      bounds: win.getNormalBounds(),
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen()
    }
    const text = `${JSON.stringify(state, null, 2)}\n`
    if (text === lastWritten) return
    lastWritten = text
    writing = writing.then(() => write(file, text)).catch(() => undefined)
  }
  const later = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(capture, delayMs)
  }
  for (const event of ['resize', 'move'] as const) win.on(event as 'resize', later)
  for (const event of ['maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen', 'close'] as const)
    win.on(event as 'maximize', capture)
  return {
    flush: () => {
      if (timer) capture()
      return writing
    }
  }
}
