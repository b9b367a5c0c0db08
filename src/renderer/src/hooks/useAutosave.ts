import { useEffect, useRef } from 'react'

/**
 * Save a draft a moment after the last change, and at once when the editor goes away (leaving the
 * tab or the screen), so "every change is saved as it is made" is true without a Save button.
 * `paused` holds saving back (a conflict to settle, a required field left empty).
 */
export function useAutosave(
  value: unknown,
  dirty: boolean,
  paused: boolean,
  save: () => void,
  delayMs = 600
) {
  const latest = useRef(save)
  const waiting = useRef(false)
  useEffect(() => {
    latest.current = save
  })
  useEffect(() => {
    waiting.current = dirty && !paused
    if (!waiting.current) return
    const timer = setTimeout(() => {
      waiting.current = false
      latest.current()
    }, delayMs)
    return () => clearTimeout(timer)
  }, [value, dirty, paused, delayMs])
  useEffect(
    () => () => {
      if (waiting.current) latest.current()
    },
    []
  )
}
