import { type Block, type Para, paragraph } from './model'

/** The first paragraph a block starts with, looking into a table's first cell. */
function firstPara(block: Block): Para | undefined {
  if (block.type === 'p') return block
  const first = block.rows[0]?.cells[0]?.blocks[0]
  return first ? firstPara(first) : undefined
}

/**
 * Last adjustments Word needs that pdfmake does not: a page break is "before" a paragraph (a table
 * breaks before through its first paragraph, which Word and LibreOffice honour, so no empty line
 * opens the page); two tables in a row need a paragraph between them, or Word merges them; a
 * table's margins become the space around its neighbours; a cell, and the document, end with a
 * paragraph.
 */
export function settle(blocks: Block[], { closing }: { closing: boolean }): Block[] {
  const out: Block[] = []
  let breakNext = false
  let spaceNext = 0
  for (const block of blocks) {
    if (block.type === 'table')
      for (const row of block.rows)
        for (const cell of row.cells) cell.blocks = settle(cell.blocks, { closing: true })
    const previous = out[out.length - 1]
    const breaks = breakNext || block.pageBreakBefore === true
    breakNext = false
    if (block.type === 'table' && previous?.type === 'table') {
      // Thin, so a page of cards that fills the page still fits with it; it carries the page break
      // (it may itself have been pushed onto the next page, where a break before it adds no page).
      out.push(paragraph([], { markSize: 1, exactLine: 1, before: spaceNext, pageBreakBefore: breaks }))
      spaceNext = 0
    } else {
      if (block.type === 'table' && previous?.type === 'p') previous.after += block.before
      const target = breaks ? firstPara(block) : undefined
      if (target) target.pageBreakBefore = true
    }
    if (block.type === 'p') {
      block.before += spaceNext
      spaceNext = 0
    } else {
      spaceNext = block.after
    }
    if (block.breakAfter) breakNext = true
    out.push(block)
  }
  const last = out[out.length - 1]
  if (closing && (!last || last.type === 'table')) out.push(paragraph([], { markSize: 1, exactLine: 1 }))
  return out
}
