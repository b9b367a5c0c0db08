import { z } from 'zod'

/**
 * Where the main window was, and where it may go now. Pure: the displays are passed in, so the
 * clamping is tested with any layout (a laptop alone, a second monitor unplugged, one to the
 * left at negative x, a smaller screen than last time).
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayArea {
  /** The display minus taskbars, docks and menu bars. */
  workArea: Rect
}

const int = z.number().int().min(-100_000).max(100_000)
export const windowStateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int.positive(), height: int.positive() }),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false)
})
export type WindowState = z.infer<typeof windowStateSchema>

export interface Placement {
  bounds: Rect
  maximized: boolean
  fullScreen: boolean
}

export interface WindowSizes {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

/** How much of the window must be on a display for it to stay there: enough to grab and move it. */
const GRAB = { width: 120, height: 40 }

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.min(a.x + a.width, b.x + b.width) - x
  const height = Math.min(a.y + a.height, b.y + b.height) - y
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) }
}

/** Centred in the area, no larger than it. */
function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width)
  const h = Math.min(height, area.height)
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h
  }
}

/** Shrunk to fit the area, then moved just enough to lie wholly inside it. */
function inside(rect: Rect, area: Rect, min: WindowSizes): Rect {
  const width = Math.min(Math.max(rect.width, Math.min(min.minWidth, area.width)), area.width)
  const height = Math.min(Math.max(rect.height, Math.min(min.minHeight, area.height)), area.height)
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height)
  return { x, y, width, height }
}

/**
 * Where to open the window. With no saved state: default size, centred on the primary display.
 * A saved window goes back where it was if its title bar can still be grabbed on some display
 * (it is pulled wholly onto the display that shows most of it); otherwise (that monitor was
 * unplugged, or the resolution dropped) it is centred on the primary display. Its size never
 * exceeds the display it lands on.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
  sizes: WindowSizes
): Placement {
  if (!saved) {
    return {
      bounds: centred(primary.workArea, sizes.width, sizes.height),
      maximized: false,
      fullScreen: false
    }
  }
  const { bounds } = saved
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height }
  let best: { area: Rect; shown: number } | null = null
  for (const { workArea } of displays) {
    const bar = overlap(titleBar, workArea)
    if (bar.width < Math.min(GRAB.width, bounds.width) || bar.height < Math.min(GRAB.height, bounds.height))
      continue
    const seen = overlap(bounds, workArea)
    const shown = seen.width * seen.height
    if (!best || shown > best.shown) best = { area: workArea, shown }
  }
  const placed = best
    ? inside(bounds, best.area, sizes)
    : centred(
        primary.workArea,
        Math.max(bounds.width, sizes.minWidth),
        Math.max(bounds.height, sizes.minHeight)
      )
  return { bounds: placed, maximized: saved.maximized, fullScreen: saved.fullScreen }
}

/** A state file that does not parse or validate is ignored: the window opens at its default place. */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
