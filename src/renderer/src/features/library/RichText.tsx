import { List, Text } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'
import { highlightRanges } from '../../../../shared/content/search'

function marked(text: string, terms: string[]): ReactNode {
  const ranges = highlightRanges(text, terms)
  if (ranges.length === 0) return text
  const parts: ReactNode[] = []
  let at = 0
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>)
    at = end
  })
  if (at < text.length) parts.push(text.slice(at))
  return parts
}

/** What stands between « and »: a title or a quote, often in another script than the sentence. */
const QUOTED = /(«)([^«»]+)(»)/g

/**
 * Text with the query's matches marked (accent- and case-insensitive); always text nodes, never
 * HTML. What is quoted between « » is isolated (`<bdi>`): a Latin title inside an Arabic sentence,
 * "«#28 Local Citizenship…»", otherwise lets the sentence's direction pull its "#28" to the far end.
 */
export function Highlighted({ text, terms }: { text: string; terms: string[] }): ReactNode {
  if (!text.includes('«')) return marked(text, terms)
  const parts: ReactNode[] = []
  let at = 0
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index
    if (start > at) parts.push(<Fragment key={`t${start}`}>{marked(text.slice(at, start), terms)}</Fragment>)
    parts.push(match[1], <bdi key={`q${start}`}>{marked(match[2]!, terms)}</bdi>, match[3])
    at = start + match[0].length
  }
  if (at < text.length) parts.push(<Fragment key="end">{marked(text.slice(at), terms)}</Fragment>)
  return parts
}

/** The pack's text convention: blank line = paragraph, "- " = bullet. */
export function RichText({ text, terms = [] }: { text: string; terms?: string[] }) {
  const blocks = text.split(/\n\s*\n/)
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n').filter((l) => l.trim().length > 0)
        if (lines.length > 0 && lines.every((l) => l.trimStart().startsWith('- '))) {
          return (
            <List key={i} spacing={6} mb="sm" withPadding>
              {lines.map((l, j) => (
                <List.Item key={j}>
                  <Highlighted text={l.trimStart().slice(2)} terms={terms} />
                </List.Item>
              ))}
            </List>
          )
        }
        return (
          <Text key={i} mb="sm" className="reading">
            <Highlighted text={lines.join(' ')} terms={terms} />
          </Text>
        )
      })}
    </>
  )
}
