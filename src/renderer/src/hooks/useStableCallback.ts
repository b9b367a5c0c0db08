import { useCallback, useInsertionEffect, useRef } from 'react'

/**
 * A function whose identity never changes and that always runs the latest `fn`: what a memoised
 * row needs as its handler, so a parent's re-render does not re-render every row.
 * Call it from event handlers, not while rendering.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useInsertionEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
