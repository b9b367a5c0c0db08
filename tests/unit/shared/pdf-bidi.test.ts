import { describe, expect, it } from 'vitest'
import { placeLine, visualLine, type VisualPiece } from '../../../src/shared/pdf/bidi/visual'
import { isRtlScript, paragraphDirection, scriptRuns } from '../../../src/shared/pdf/bidi/scripts'
import { textLayerOf } from '../../../src/shared/pdf/bidi/text-layer'

/** Characters reversed, as a reader sees an Arabic word's letters from left to right. */
const r = (s: string): string => Array.from(s).reverse().join('')

/**
 * What a line shows from left to right, one character per glyph: a piece the shaper lays out
 * right to left (it holds Arabic letters) comes out reversed.
 */
function seen(pieces: VisualPiece[] | null, texts: string[]): string {
  if (!pieces) return texts.join('')
  return pieces.map((p) => ([...p.text].some(isRtlScript) ? r(p.text) : p.text)).join('')
}

/** Lines as pdfmake cuts them: words with their trailing space. */
const words = (line: string): string[] => line.match(/\S+\s*|\s+/g) ?? []
const look = (line: string, base: 'ltr' | 'rtl'): string => seen(visualLine(words(line), base), words(line))

describe('visual order of a laid-out line', () => {
  it('leaves a Latin line of a left-to-right document alone (no work on the fast path)', () => {
    expect(visualLine(['Atelier ', 'de ', 'Sousse'], 'ltr')).toBeNull()
  })

  it('reads an Arabic sentence from the right: the first word typed is the rightmost', () => {
    expect(look('السلام عليكم في سوسة', 'rtl')).toBe(`${r('سوسة')} ${r('في')} ${r('عليكم')} ${r('السلام')}`)
  })

  it('keeps a French name inside Arabic in its own left-to-right order', () => {
    expect(look('زارت Marie Dupont مدينة سوسة', 'rtl')).toBe(
      `${r('سوسة')} ${r('مدينة')} Marie Dupont ${r('زارت')}`
    )
  })

  it('keeps numbers left to right inside Arabic, with Western and Arabic-Indic digits', () => {
    expect(look('في سنة 2024 شارك 35 مشاركا', 'rtl')).toBe(
      `${r('مشاركا')} 35 ${r('شارك')} 2024 ${r('سنة')} ${r('في')}`
    )
    expect(look('حضر ١٢٣ شخصا', 'rtl')).toBe(`${r('شخصا')} ١٢٣ ${r('حضر')}`)
  })

  it('mirrors parentheses and quotes inside Arabic, and keeps a number inside them in order', () => {
    // Logical "(2024)": the opening parenthesis is rightmost, drawn as ")" facing the text.
    expect(look('المرحلة الأولى (2024) انتهت', 'rtl')).toBe(
      `${r('انتهت')} (2024) ${r('الأولى')} ${r('المرحلة')}`
    )
    expect(look('قال «نعم» بسرعة', 'rtl')).toBe(`${r('بسرعة')} «${r('نعم')}» ${r('قال')}`)
  })

  it('keeps an email-like string and a #tag whole and left to right', () => {
    expect(look('راسلوا amal.b@sousse.tn اليوم', 'rtl')).toBe(`${r('اليوم')} amal.b@sousse.tn ${r('راسلوا')}`)
    // Plain UBA would print "migration#"; a tag's "#" stays with its word, as <bdi> does in the UI.
    expect(look('وسم #migration مهم', 'rtl')).toBe(`${r('مهم')} #migration ${r('وسم')}`)
    expect(look('Tag #هجرة ici', 'ltr')).toBe(`Tag ${r('#هجرة')} ici`)
  })

  it('puts an Arabic quote inside a French sentence in right-to-left order, the French around it untouched', () => {
    expect(look('Elle a dit « شكرا جزيلا » en partant', 'ltr')).toBe(
      `Elle a dit « ${r('جزيلا')} ${r('شكرا')} » en partant`
    )
  })

  it('orders each line on its own, so a French name cut by a line break reads right on both lines', () => {
    // One paragraph, "نلتقي مع Jean-Pierre Martin في تونس", broken after "Jean-Pierre".
    const first = look('نلتقي مع Jean-Pierre ', 'rtl')
    const second = look('Martin في تونس', 'rtl')
    expect(first.trim()).toBe(`Jean-Pierre ${r('مع')} ${r('نلتقي')}`)
    expect(second).toBe(`${r('تونس')} ${r('في')} Martin`)
  })

  it('hands an Arabic word to the shaper in typed order (joining needs it) and records the typed text', () => {
    const pieces = visualLine(['لا ', 'إله'], 'rtl') ?? []
    const word = pieces.find((p) => p.text.includes('إله'))
    expect(word).toMatchObject({ text: 'إله', rtl: true, actual: 'إله' })
  })

  it('places pieces from the left edge, the cut trailing space hanging left of a right-to-left line', () => {
    const placed = placeLine(['ab ', 'سوسة '], 'rtl', (_i, t) => t.length, { leading: 0, trailing: 1 }) ?? []
    // "سوسة " is one piece: the shaper draws its trailing space on its left, outside the line.
    expect(placed.map((p) => [p.text.trim(), p.x])).toEqual([
      ['سوسة', -1],
      ['', 4],
      ['ab', 5]
    ])
  })
})

describe('script runs and paragraph direction', () => {
  it('cuts mixed text into Arabic and Latin runs, spaces and punctuation staying with their run', () => {
    expect(scriptRuns('Atelier de سوسة، تونس (2024)')).toEqual([
      { text: 'Atelier de ', arabic: false },
      { text: 'سوسة، تونس (', arabic: true },
      { text: '2024)', arabic: false }
    ])
    expect(scriptRuns('Sousse')).toEqual([{ text: 'Sousse', arabic: false }])
  })

  it('never gives the Arabic font a typographic space it has no glyph for (a brief’s note/meta gap)', () => {
    expect(scriptRuns('\u2003فكرة مستخلصة · 3 أصوات').slice(0, 2)).toEqual([
      { text: '\u2003', arabic: false },
      { text: 'فكرة مستخلصة · ', arabic: true }
    ])
  })

  it('takes a paragraph direction from its first letter, else from the document', () => {
    expect(paragraphDirection('2024 — سوسة', 'ltr')).toBe('rtl')
    expect(paragraphDirection('Sousse سوسة', 'rtl')).toBe('ltr')
    expect(paragraphDirection('12:30', 'rtl')).toBe('rtl')
  })
})

describe('text layer of a shaped run', () => {
  it('writes the typed letters (brackets unmirrored), shifted past the spaces the shaper drew on the left', () => {
    expect(textLayerOf('سوسة) ', 'سوسة( ', true)).toEqual({
      text: 'سوسة(',
      leftSpaces: ' ',
      drawnLetters: 'سوسة)'
    })
  })

  it('keeps pre-reversed Arabic-Indic digits as drawn, and writes nothing for spaces alone', () => {
    expect(textLayerOf('٣٢١', '١٢٣', false)?.text).toBe('٣٢١')
    expect(textLayerOf('  ', '  ', true)).toBeNull()
  })
})
