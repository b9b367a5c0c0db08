import {
  AlignmentType,
  Document,
  LevelFormat,
  LineRuleType,
  type IBaseParagraphStyleOptions,
  type ILevelsOptions
} from 'docx'
import type { DocDefinition } from '../../../shared/pdf/types'
import { backgroundLines } from './background'
import { LISTS, block, lineSpacing } from './emit'
import { type FlowContext, flow } from './flow'
import { ROOT_STYLE, type TextStyle, cascade, marginOf } from './inline'
import type { Block, HeadingKind } from './model'
import { headersAndFooters, pageOf } from './page'
import { settle } from './settle'
import { edges, halfPoints, hex, twips, wordLanguage } from './units'

export interface DocxOptions {
  /** The document's font. Roboto, which the PDFs embed, is on few office computers; Arial is on all. */
  font?: string
  /** Which of the definition's styles are Word headings; nodes with a headlineLevel are too. */
  headings?: Record<string, HeadingKind>
  /** 0–1 through the document's content. */
  onProgress?: (fraction: number) => void
}

/** The brief builders' heading styles (src/shared/pdf/layout.ts). */
export const HEADING_STYLES: Readonly<Record<string, HeadingKind>> = {
  coverTitle: 'title',
  h1: 1,
  h2: 2,
  h3: 3,
  cardTitle: 1
}

const KINDS: HeadingKind[] = ['title', 1, 2, 3, 4, 5, 6]
/** A heading level no style of the definition maps to: bold, this much larger than the body. */
const FALLBACK_SCALE: Record<HeadingKind, number> = { title: 2.2, 1: 1.6, 2: 1.3, 3: 1.1, 4: 1, 5: 1, 6: 1 }

const bullets: ILevelsOptions[] = ['•', '◦', '▪'].map((text, level) => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: twips(18 * (level + 1)), hanging: twips(12) } } }
}))
const numbers: ILevelsOptions[] = [
  LevelFormat.DECIMAL,
  LevelFormat.LOWER_LETTER,
  LevelFormat.LOWER_ROMAN
].map((format, level) => ({
  level,
  format,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: twips(18 * (level + 1)), hanging: twips(14) } } }
}))

/**
 * A Word document from any pdfmake definition the brief builders make: the same content in the
 * same order, its headings as Word's heading styles (so Word's navigation pane and a screen
 * reader's heading list work), its tables as tables, its page size, margins, header, footer,
 * language and title. What only makes sense on a fixed page (drawn lines, bars, page
 * backgrounds) becomes text or is left out (flow.ts).
 */
export function docxDocument(def: DocDefinition, options: DocxOptions = {}): Document {
  const font = options.font ?? 'Arial'
  const headings = options.headings ?? HEADING_STYLES
  const styles = def.styles ?? {}
  const normal = cascade(ROOT_STYLE, def.defaultStyle ?? {}, {})
  const styleOf = new Map<HeadingKind, { text: TextStyle; name?: string }>()
  for (const kind of KINDS) {
    // The first style that maps to a level sets what Word's style for it looks like.
    const name = Object.keys(headings).find((n) => headings[n] === kind && styles[n])
    styleOf.set(
      kind,
      name
        ? { text: cascade(normal, { style: name }, styles), name }
        : { text: { ...normal, bold: true, fontSize: Math.round(normal.fontSize * FALLBACK_SCALE[kind]) } }
    )
  }
  let lists = 0
  const ctx: FlowContext = {
    styles,
    headings,
    baseFor: (kind) => (kind === undefined ? normal : styleOf.get(kind)!.text),
    nextList: () => ++lists
  }
  const page = pageOf(def)
  const width = page.width - page.margins[0] - page.margins[2]
  const content: unknown[] = Array.isArray(def.content) ? def.content : [def.content]
  const blocks: Block[] = []
  const lines = backgroundLines(def)
  let reported = -1
  content.forEach((node, i) => {
    const table = typeof node === 'object' && node !== null && 'table' in node
    const opensPage = i === 0 || (node as { pageBreak?: unknown }).pageBreak === 'before'
    const [left, top] = edges((node as { margin?: never }).margin)
    const here: FlowContext =
      lines.length && table && opensPage
        ? { ...ctx, pageLines: { x: page.margins[0] + left, y: page.margins[1] + top, lines } }
        : ctx
    blocks.push(...flow(node, normal, here, width))
    const step = Math.floor(((i + 1) / content.length) * 20)
    if (step !== reported) {
      reported = step
      options.onProgress?.((i + 1) / content.length)
    }
  })
  const furniture = headersAndFooters(def, ctx, normal, page)
  const language = { value: wordLanguage(def.language ?? 'en') }
  const wordStyle = (kind: HeadingKind): IBaseParagraphStyleOptions => {
    const { text, name } = styleOf.get(kind)!
    const [, before, , after] = edges(name ? marginOf({ style: name }, styles) : [0, 12, 0, 4])
    return {
      run: {
        font,
        language,
        size: halfPoints(text.fontSize),
        bold: text.bold,
        italics: text.italics,
        ...(hex(text.color) ? { color: hex(text.color)! } : {})
      },
      paragraph: {
        spacing: {
          before: twips(before),
          after: twips(after),
          line: lineSpacing(text.lineHeight),
          // Without it LibreOffice reads the line as exact, and a two-line title overlaps itself.
          lineRule: LineRuleType.AUTO
        },
        keepNext: true,
        keepLines: true,
        // Word's own heading styles carry their level; set it, so every editor's outline finds them.
        ...(kind === 'title' ? {} : { outlineLevel: kind - 1 })
      }
    }
  }
  const info = def.info ?? { title: '', author: '', subject: '', creator: '' }
  return new Document({
    title: info.title,
    subject: info.subject,
    creator: info.author || info.creator,
    lastModifiedBy: info.creator,
    description: info.subject,
    styles: {
      default: {
        document: {
          run: {
            font,
            language,
            size: halfPoints(normal.fontSize),
            ...(hex(normal.color) ? { color: hex(normal.color)! } : {})
          },
          paragraph: {
            spacing: {
              before: 0,
              after: 0,
              line: lineSpacing(normal.lineHeight),
              lineRule: LineRuleType.AUTO
            }
          }
        },
        title: wordStyle('title'),
        heading1: wordStyle(1),
        heading2: wordStyle(2),
        heading3: wordStyle(3),
        heading4: wordStyle(4),
        heading5: wordStyle(5),
        heading6: wordStyle(6)
      }
    },
    numbering: {
      config: [
        { reference: LISTS.bullet, levels: bullets },
        { reference: LISTS.ordered, levels: numbers }
      ]
    },
    sections: [
      {
        properties: {
          titlePage: furniture.titlePage,
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              left: twips(page.margins[0]),
              top: twips(page.margins[1]),
              right: twips(page.margins[2]),
              bottom: twips(page.margins[3]),
              header: twips(furniture.distances.header),
              footer: twips(furniture.distances.footer)
            }
          }
        },
        headers: furniture.headers,
        footers: furniture.footers,
        children: settle(blocks, { closing: true }).map(block)
      }
    ]
  })
}
