import { List, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { highlightRanges } from '../../../../shared/content/search'

/** Text with the query's matches marked (accent- and case-insensitive); always text nodes, never HTML. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }): ReactNode {
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
