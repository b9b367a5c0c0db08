import type { DocDefinition } from '../../../shared/pdf/types'
import type { Border } from './model'
import { hex } from './units'

/** A straight line a page background draws, in points from the page's top left corner. */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
  border: Border
}

/** Where a table that opens a page starts, and what the page's background draws around it. */
export interface PageLines {
  x: number
  y: number
  lines: Segment[]
}

type Shape = Record<string, unknown>

/**
 * The lines of page 1's background (the same on every page, for the builders' cut lines). A
 * flowing document has no fixed page to draw on; lines that run along the edges of a table at the
 * top of a page are kept as those cells' borders (grid.ts), the rest is left out.
 */
export function backgroundLines(def: DocDefinition): Segment[] {
  let node: unknown
  try {
    node = typeof def.background === 'function' ? def.background(1) : def.background
  } catch {
    return []
  }
  const nodes = Array.isArray(node) ? node : [node]
  return nodes.flatMap((n) => {
    const shapes = (n as { canvas?: unknown } | null)?.canvas
    if (!Array.isArray(shapes)) return []
    return (shapes as Shape[])
      .filter((s) => s.type === 'line' && [s.x1, s.y1, s.x2, s.y2].every((v) => typeof v === 'number'))
      .map((s) => {
        const color = hex(s.lineColor as string | undefined)
        return {
          x1: Math.min(s.x1 as number, s.x2 as number),
          y1: Math.min(s.y1 as number, s.y2 as number),
          x2: Math.max(s.x1 as number, s.x2 as number),
          y2: Math.max(s.y1 as number, s.y2 as number),
          border: {
            width: typeof s.lineWidth === 'number' ? s.lineWidth : 1,
            ...(color ? { color } : {}),
            ...(s.dash ? { dashed: true } : {})
          }
        }
      })
  })
}

const NEAR = 1.5

/** The background line that runs along an edge from (x1, y1) to (x2, y2), if there is one. */
export function lineAlong(lines: Segment[], x1: number, y1: number, x2: number, y2: number): Border | null {
  const horizontal = Math.abs(y1 - y2) < NEAR
  for (const l of lines) {
    if (horizontal) {
      if (Math.abs(l.y1 - l.y2) >= NEAR || Math.abs(l.y1 - y1) >= NEAR) continue
      if (l.x1 <= x1 + NEAR && l.x2 >= x2 - NEAR) return l.border
    } else {
      if (Math.abs(l.x1 - l.x2) >= NEAR || Math.abs(l.x1 - x1) >= NEAR) continue
      if (l.y1 <= y1 + NEAR && l.y2 >= y2 - NEAR) return l.border
    }
  }
  return null
}
