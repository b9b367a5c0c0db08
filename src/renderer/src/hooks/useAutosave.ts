import { useEffect, useRef } from 'react'
import { useUnsavedWork } from '../api/unsaved-work'

/**
 * Save a draft a moment after the last change, and at once when the editor goes away (leaving the
 * tab or the screen), so "every change is saved as it is made" is true without a Save button.
 * `paused` holds saving back (a conflict to settle, a required field left empty). Locking the
 * notebook saves what is waiting at once, and asks before dropping what is paused.
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
  // Locking the notebook saves at once what is waiting; what is paused needs the user.
  useUnsavedWork(
    dirty,
    () => {
      waiting.current = false
      latest.current()
    },
    paused
  )
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
