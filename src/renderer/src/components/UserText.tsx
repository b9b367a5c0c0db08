import { Fragment } from 'react'

/** A `#tag` as the capture box recognises it (letters and digits of any script, and hyphens). */
const HASHTAG = /(#[\p{L}\p{N}-]+)/u

/**
 * Text a person typed (a note, a title), shown inside an element with `dir="auto"`: its own
 * first letter decides its direction, whatever the interface's. Each `#tag` is isolated so that,
 * inside an Arabic note, "#logement" keeps its "#" in front instead of being thrown to the
 * other end of the word by the surrounding right-to-left run.
 */
export function UserText({ text }: { text: string }) {
  const parts = text.split(HASHTAG)
  if (parts.length === 1) return <>{text}</>
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <bdi key={i}>{part}</bdi> : <Fragment key={i}>{part}</Fragment>
      )}
    </>
  )
}
