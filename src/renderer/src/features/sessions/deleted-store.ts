import { useSyncExternalStore } from 'react'

/** The session deleted last, offered for "undo" on the sessions list until dismissed or restored. */
let lastDeleted: { id: string; title: string } | null = null
const listeners = new Set<() => void>()

export function setLastDeleted(value: { id: string; title: string } | null): void {
  lastDeleted = value
  for (const l of listeners) l()
}

export function useLastDeleted() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => lastDeleted
  )
}
