import type { Content, DocDefinition, DynamicContent } from '../types'
import { withScriptFonts } from './fonts'
import { mirrorDocument } from './mirror'
import type { Direction } from './visual'

export { ARABIC_FONT, hasRtl, paragraphDirection, scriptRuns } from './scripts'
export { placeLine, visualLine, type Direction, type PlacedPiece, type VisualPiece } from './visual'
export { mirrorDocument } from './mirror'
export { withScriptFonts } from './fonts'

const fontsOf = (fn: DynamicContent | undefined): DynamicContent | undefined =>
  fn &&
  ((page, pages) => {
    const content = fn(page, pages)
    return content && withScriptFonts(content)
  })

/**
 * A finished document for its direction: Arabic runs in the Arabic font (in every document, for
 * an Arabic note or city name in a French brief), and the whole layout mirrored when the
 * document is right to left. The direction is recorded for the renderer, which orders each line.
 */
export function orient(def: DocDefinition, direction: Direction): DocDefinition {
  const header = fontsOf(def.header)
  const footer = fontsOf(def.footer)
  const fonted: DocDefinition = {
    ...def,
    content: def.content.map((n: Content) => withScriptFonts(n)),
    ...(header ? { header } : {}),
    ...(footer ? { footer } : {}),
    direction
  }
  return direction === 'rtl' ? mirrorDocument(fonted) : fonted
}
