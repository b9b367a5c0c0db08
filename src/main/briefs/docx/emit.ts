import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions
} from 'docx'
import type { Block, Border, Cell, Grid, HeadingKind, Para, Run } from './model'
import { eighths, halfPoints, twips } from './units'
import { hasRtl, paragraphDirection } from '../../../shared/pdf/bidi'

/** Numbering definitions the document declares (document.ts), by what they number. */
export const LISTS = { bullet: 'passerelle-bullets', ordered: 'passerelle-numbers' } as const

const HEADINGS: Record<HeadingKind, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
  6: HeadingLevel.HEADING_6,
  title: HeadingLevel.TITLE
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED
} as const

/** Word's "single" line is 240; pdfmake's lineHeight multiplies the font's own line, as Word's "multiple" does. */
export const lineSpacing = (lineHeight: number) => Math.round(240 * lineHeight)

function run(r: Run): TextRun {
  // Word shapes and orders right-to-left text itself; it needs to know which runs are.
  const rtl = !r.field && hasRtl(r.text)
  const field = r.field === 'page' ? PageNumber.CURRENT : r.field === 'pages' ? PageNumber.TOTAL_PAGES : null
  return new TextRun({
    ...(field ? { children: [field] } : { text: r.text }),
    ...(r.breakBefore ? { break: 1 } : {}),
    ...(r.bold !== undefined ? { bold: r.bold } : {}),
    ...(r.italics !== undefined ? { italics: r.italics } : {}),
    ...(r.color ? { color: r.color } : {}),
    ...(r.size !== undefined ? { size: halfPoints(r.size) } : {}),
    ...(r.spacing ? { characterSpacing: twips(r.spacing) } : {}),
    ...(r.superScript ? { superScript: true } : {}),
    ...(r.subScript ? { subScript: true } : {}),
    ...(rtl ? { rightToLeft: true } : {})
  })
}

/**
 * A paragraph that starts with an Arabic letter is a right-to-left paragraph for Word, which
 * then orders its runs itself. Its alignment is written as start/end, which Word reads relative
 * to the paragraph's direction: the definition's "right" (where a mirrored document, or an Arabic
 * note, starts) is its start.
 */
function direction(p: Para): Partial<IParagraphOptions> {
  const text = p.runs.map((r) => r.text).join('')
  if (!hasRtl(text) || paragraphDirection(text, 'ltr') !== 'rtl') {
    return p.alignment ? { alignment: ALIGN[p.alignment] } : {}
  }
  const alignment =
    p.alignment === 'left'
      ? AlignmentType.END
      : p.alignment === 'center' || p.alignment === 'justify'
        ? ALIGN[p.alignment]
        : AlignmentType.START
  return { bidirectional: true, alignment }
}

function para(p: Para): Paragraph {
  const options: IParagraphOptions = {
    children: p.runs.map(run),
    ...(p.heading !== undefined ? { heading: HEADINGS[p.heading] } : {}),
    ...direction(p),
    spacing: {
      before: twips(p.before),
      after: twips(p.after),
      ...(p.exactLine !== undefined
        ? { line: twips(p.exactLine), lineRule: LineRuleType.EXACT }
        : p.lineHeight !== undefined
          ? { line: lineSpacing(p.lineHeight), lineRule: LineRuleType.AUTO }
          : {})
    },
    ...(p.left || p.right ? { indent: { left: twips(p.left), right: twips(p.right) } } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.keepLines ? { keepLines: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.list
      ? {
          numbering: {
            reference: p.list.ordered ? LISTS.ordered : LISTS.bullet,
            level: p.list.level,
            instance: p.list.instance
          }
        }
      : {}),
    ...(p.rule
      ? {
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: eighths(p.rule.width),
              space: 1,
              ...(p.rule.color ? { color: p.rule.color } : {})
            }
          }
        }
      : {}),
    ...(p.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: p.fill } } : {}),
    ...(p.markSize !== undefined ? { run: { size: halfPoints(p.markSize) } } : {})
  }
  return new Paragraph(options)
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

function border(b: Border): IBorderOptions {
  if (b.width <= 0) return NONE
  return {
    style: b.dashed ? BorderStyle.DASHED : BorderStyle.SINGLE,
    size: eighths(b.width),
    color: b.color ?? '000000'
  }
}

function cell(c: Cell, widths: number[]): TableCell {
  const span = widths.slice(c.column, c.column + c.colSpan).reduce((a, b) => a + b, 0)
  return new TableCell({
    children: c.blocks.map(block),
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    width: { size: twips(span), type: WidthType.DXA },
    margins: {
      marginUnitType: WidthType.DXA,
      left: twips(c.padding[0]),
      top: twips(c.padding[1]),
      right: twips(c.padding[2]),
      bottom: twips(c.padding[3])
    },
    borders: {
      top: border(c.borders.top),
      left: border(c.borders.left),
      bottom: border(c.borders.bottom),
      right: border(c.borders.right)
    },
    ...(c.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.fill } } : {})
  })
}

function table(g: Grid): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips(g.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: g.widths.map(twips),
    // The cells draw every line pdfmake draws; the table itself draws none.
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE
    },
    rows: g.rows.map(
      (r) =>
        new TableRow({
          children: r.cells.map((c) => cell(c, g.widths)),
          ...(r.header ? { tableHeader: true } : {}),
          ...(r.cantSplit ? { cantSplit: true } : {}),
          ...(r.minHeight ? { height: { value: twips(r.minHeight), rule: HeightRule.ATLEAST } } : {})
        })
    )
  })
}

export const block = (b: Block): Paragraph | Table => (b.type === 'p' ? para(b) : table(b))
