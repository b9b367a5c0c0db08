import type { Alignment, Margins, Style, TextNode } from '../../../shared/pdf/types'
import type { Run, RunFormat } from './model'
import { hex } from './units'

/** The text properties pdfmake hands down from a container to everything inside it. */
export interface TextStyle {
  fontSize: number
  bold: boolean
  italics: boolean
  color?: string
  lineHeight: number
  alignment: Alignment
  characterSpacing: number
  sup: boolean
  sub: boolean
}

const INHERITED = [
  'fontSize',
  'bold',
  'italics',
  'color',
  'lineHeight',
  'alignment',
  'characterSpacing',
  'sup',
  'sub'
] as const

/** pdfmake's own defaults, under the definition's defaultStyle. */
export const ROOT_STYLE: TextStyle = {
  fontSize: 12,
  bold: false,
  italics: false,
  lineHeight: 1,
  alignment: 'left',
  characterSpacing: 0,
  sup: false,
  sub: false
}

type Styled = { style?: string | string[] | undefined }

export const styleNames = (node: unknown): string[] => {
  const style = (node as Styled | null)?.style
  return style === undefined ? [] : Array.isArray(style) ? style : [style]
}

/** As pdfmake resolves a property: the node's own value, else its named styles (last wins), else its parent's. */
export function cascade(parent: TextStyle, node: unknown, styles: Record<string, Style>): TextStyle {
  const out: Record<string, unknown> = { ...parent }
  const layers = [...styleNames(node).map((name) => styles[name]), node]
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue
    for (const key of INHERITED) {
      const value = (layer as Record<string, unknown>)[key]
      if (value !== undefined) out[key] = value
    }
  }
  return out as unknown as TextStyle
}

/** A node's margin: its own, else the last of its named styles that has one. Margins are not inherited. */
export function marginOf(node: unknown, styles: Record<string, Style>): Margins | undefined {
  const own = (node as { margin?: Margins } | null)?.margin
  if (own !== undefined) return own
  let found: Margins | undefined
  for (const name of styleNames(node)) found = styles[name]?.margin ?? found
  return found
}

/** Character formatting that differs from the paragraph style's, so Word's styles stay in charge. */
export function formatAgainst(style: TextStyle, base: TextStyle): RunFormat {
  const format: RunFormat = {}
  if (style.bold !== base.bold) format.bold = style.bold
  if (style.italics !== base.italics) format.italics = style.italics
  const color = hex(style.color)
  if (color && color !== hex(base.color)) format.color = color
  if (style.fontSize !== base.fontSize) format.size = style.fontSize
  if (style.characterSpacing !== base.characterSpacing) format.spacing = style.characterSpacing
  if (style.sup) format.superScript = true
  if (style.sub) format.subScript = true
  return format
}

/** The texts a page number and a page count were printed as (see page.ts). */
export interface FieldTexts {
  page: string[]
  pages: string[]
}

export interface InlineContext {
  styles: Record<string, Style>
  /** The paragraph style's formatting, which runs are written against. */
  base: TextStyle
  fields?: FieldTexts
}

/** A text node's runs: nested inline nodes inherit from their parent; "\n" is a line break. */
export function runsOf(node: TextNode | string, style: TextStyle, ctx: InlineContext): Run[] {
  if (typeof node === 'string') return textRuns(node, style, ctx)
  const own = cascade(style, node, ctx.styles)
  if (typeof node.text === 'string') return textRuns(node.text, own, ctx)
  if (!Array.isArray(node.text)) return textRuns(String(node.text ?? ''), own, ctx)
  return node.text.flatMap((child) => runsOf(child, own, ctx))
}

function textRuns(text: string, style: TextStyle, ctx: InlineContext): Run[] {
  const format = formatAgainst(style, ctx.base)
  return text.split('\n').flatMap((line, i) => {
    const pieces = ctx.fields ? withFields(line, ctx.fields) : [{ text: line }]
    return pieces.map((piece, j) => ({
      ...format,
      ...piece,
      ...(i > 0 && j === 0 ? { breakBefore: true } : {})
    }))
  })
}

/** Splits a line around the printed page number and count, which become Word fields. */
function withFields(line: string, fields: FieldTexts): Pick<Run, 'text' | 'field'>[] {
  const forms = [
    ...fields.page.map((text) => ({ text, field: 'page' as const })),
    ...fields.pages.map((text) => ({ text, field: 'pages' as const }))
  ].filter((f) => f.text)
  let best: { at: number; text: string; field: 'page' | 'pages' } | null = null
  for (const form of forms) {
    const at = line.indexOf(form.text)
    if (at >= 0 && (!best || at < best.at || (at === best.at && form.text.length > best.text.length)))
      best = { at, ...form }
  }
  if (!best) return [{ text: line }]
  const rest = withFields(line.slice(best.at + best.text.length), fields)
  return [
    ...(best.at > 0 ? [{ text: line.slice(0, best.at) }] : []),
    { text: '', field: best.field },
    ...rest.filter((r) => r.text || r.field)
  ]
}
