import type { Content, PageBreakBefore } from './types'

/*
 * Keeping things on one page, within what pdfmake can do: it silently drops whatever an
 * unbreakable block puts past the end of a page, and cannot move a heading left alone at the
 * bottom of one in most cases, so builders decide up front from a node's rough size.
 */

/**
 * A last resort only: pdfmake places whatever sits in an unbreakable block (the running header
 * and footer included) "on page 1", so this never fires on the first page, nor for a heading
 * followed by such a block. Builders keep headings with what follows (`keepWithNext`).
 */
export const pageBreakBefore: PageBreakBefore = (node, { getFollowingNodesOnPage }) =>
  node.headlineLevel !== undefined && getFollowingNodesOnPage().length === 0

/**
 * Rough printed size of a node in characters. pdfmake silently drops whatever an unbreakable
 * block or row puts past the end of a page, so only content well under a page may be kept whole.
 */
export function textSize(node: unknown): number {
  if (typeof node === 'string') return node.length
  if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textSize(n), 0)
  if (node === null || typeof node !== 'object') return 0
  const n = node as Record<string, unknown>
  // Each line break or block costs about a short line of height.
  const own = 'text' in n ? 0 : 40
  const table = n.table as { body?: unknown } | undefined
  return (
    own + textSize(n.text) + textSize(n.stack) + textSize(n.columns) + textSize(n.ul) + textSize(table?.body)
  )
}
export const SAFE_UNBREAKABLE = 1400

export const keepTogether = (nodes: Content[], margin?: Content['margin']): Content => {
  const stack: Content = { stack: nodes, unbreakable: textSize(nodes) < SAFE_UNBREAKABLE }
  return margin === undefined ? stack : { ...stack, margin }
}

/**
 * Keep a heading (and any lead) on the same page as the first thing it introduces: a paragraph,
 * or a whole table when it is short. A long table starts under its heading wherever it falls.
 */
export function keepWithNext(head: Content[], rest: Content[]): Content[] {
  const [first, ...others] = rest
  if (!first) return head
  if (textSize(first) >= SAFE_UNBREAKABLE) return [...head, ...rest]
  // A page break inside an unbreakable block leaves a blank page: it belongs on the block.
  const pageBreak = head.find((n) => n.pageBreak)?.pageBreak
  const inner = head.map((n) => {
    if (!n.pageBreak) return n
    const { pageBreak: _moved, ...node } = n
    return node as Content
  })
  return [{ stack: [...inner, first], unbreakable: true, ...(pageBreak ? { pageBreak } : {}) }, ...others]
}
