import type { Margins } from '../../../shared/pdf/types'

/** pdfmake measures in points; WordprocessingML in twentieths of a point (twips) for lengths… */
export const twips = (pt: number): number => Math.round(pt * 20)
/** …in half-points for font sizes… */
export const halfPoints = (pt: number): number => Math.max(2, Math.round(pt * 2))
/** …and in eighths of a point for borders, which Word draws between ¼ and 12 points. */
export const eighths = (pt: number): number => Math.min(96, Math.max(2, Math.round(pt * 8)))

/** [left, top, right, bottom], however pdfmake's shorthand gave it. */
export function edges(margin: Margins | undefined): [number, number, number, number] {
  if (margin === undefined) return [0, 0, 0, 0]
  if (typeof margin === 'number') return [margin, margin, margin, margin]
  if (margin.length === 2) return [margin[0], margin[1], margin[0], margin[1]]
  return margin
}

const NAMED: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', gray: '808080' }

/** "#0b6e69" → "0B6E69", the form Word stores; anything else (a gradient, a typo) is no colour. */
export function hex(color: string | undefined | null): string | undefined {
  if (!color) return undefined
  const named = NAMED[color.toLowerCase()]
  if (named) return named
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color)
  if (short)
    return short
      .slice(1)
      .map((c) => c + c)
      .join('')
      .toUpperCase()
  return /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toUpperCase() : undefined
}

/**
 * Word's proofing and hyphenation want a region: a bare "fr" is read as French (France) by Word
 * but not by every editor, so the briefs' three languages get the region the app writes for.
 */
const REGIONS: Record<string, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', ar: 'ar-TN' }
export const wordLanguage = (tag: string): string => REGIONS[tag.toLowerCase()] ?? tag
