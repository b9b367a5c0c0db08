import { useEffect, useRef } from 'react'

/**
 * Text an editor holds that is not stored yet. `blocked`: it cannot be saved as it is (a required
 * field is empty, a conflict awaits the user's choice), so locking must ask before dropping it.
 */
interface UnsavedWork {
  save: () => void
  blocked: boolean
}

const open = new Set<UnsavedWork>()

/**
 * Editors register their unsaved text here while it differs from what is stored, so locking the
 * notebook saves it first instead of dropping it with the screen.
 */
export function useUnsavedWork(dirty: boolean, save: () => void, blocked = false): void {
  const latest = useRef(save)
  useEffect(() => {
    latest.current = save
  })
  useEffect(() => {
    if (!dirty) return
    const work: UnsavedWork = { save: () => latest.current(), blocked }
    open.add(work)
    return () => {
      open.delete(work)
    }
  }, [dirty, blocked])
}

/** How many editors hold text that cannot be saved as it is. */
export function blockedWork(): number {
  return [...open].filter((work) => work.blocked).length
}

/**
 * Starts every save that can run and forgets the rest (the caller has asked, or the idle lock
 * cannot wait); returns how many could not be saved. The caller waits for the saves to settle.
 */
export function saveAllUnsavedWork(): number {
  const pending = [...open]
  open.clear()
  for (const work of pending) if (!work.blocked) work.save()
  return pending.filter((work) => work.blocked).length
}

/** The notebook is already locked: nothing can be saved any more. Forgets it all; returns how much. */
export function dropAllUnsavedWork(): number {
  const count = open.size
  open.clear()
  return count
}
