import type { Content, TextNode } from '../types'
import { ARABIC_FONT, hasRtl, scriptRuns } from './scripts'

/**
 * Give every Arabic run of a document its own font. Runs become inline text nodes of the node
 * they were in, so the node's style still applies; letter spacing is cancelled on Arabic runs,
 * where it would tear the joined letters apart.
 */
type Inline = string | TextNode

function splitInline(item: Inline): Inline | Inline[] {
  if (typeof item !== 'string')
    return typeof item.text === 'string' && item.font === ARABIC_FONT ? item : withScriptFonts(item)
  if (!hasRtl(item)) return item
  return scriptRuns(item).map((run) =>
    run.arabic ? { text: run.text, font: ARABIC_FONT, characterSpacing: 0 } : run.text
  )
}

function textWithFonts(node: TextNode): TextNode {
  const { text } = node
  if (typeof text === 'string') {
    if (!hasRtl(text)) return node
    const split = splitInline(text)
    return { ...node, text: (Array.isArray(split) ? split : [split]).map(asNode) }
  }
  return { ...node, text: text.flatMap((item) => splitInline(item)).map(asNode) }
}

// Our TextNode type allows nodes only in text arrays; pdfmake takes plain strings there too.
const asNode = (item: Inline): TextNode => (typeof item === 'string' ? { text: item } : item)

export function withScriptFonts<T extends Content>(node: T): T
export function withScriptFonts(node: Content): Content {
  if ('text' in node) return textWithFonts(node)
  if ('stack' in node) return { ...node, stack: node.stack.map((n) => withScriptFonts(n)) }
  if ('columns' in node) return { ...node, columns: node.columns.map((n) => withScriptFonts(n)) }
  if ('ul' in node) return { ...node, ul: node.ul.map((n) => withScriptFonts(n)) }
  if ('table' in node) {
    const body = node.table.body.map((row) =>
      row.map((cell) => (Object.keys(cell).length === 0 ? cell : withScriptFonts(cell as Content)))
    )
    return { ...node, table: { ...node.table, body } }
  }
  return node
}
