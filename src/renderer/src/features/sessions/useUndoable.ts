import { useEffect, useState } from 'react'

/**
 * A value with undo/redo history (capped at 100 steps). `onChange` runs for every new, undone or
 * redone value, so the caller saves each state. Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y
 * redoes, except while typing in a field, where the field's own undo applies.
 */
export function useUndoable<T>(initial: T, onChange: (value: T) => void) {
  const [value, setValue] = useState(initial)
  const [past, setPast] = useState<T[]>([])
  const [future, setFuture] = useState<T[]>([])

  const commit = (next: T) => {
    setPast((p) => [...p.slice(-99), value])
    setFuture([])
    setValue(next)
    onChange(next)
  }
  const undo = () => {
    const previous = past.at(-1)
    if (previous === undefined) return
    setPast((p) => p.slice(0, -1))
    setFuture((f) => [value, ...f])
    setValue(previous)
    onChange(previous)
  }
  const redo = () => {
    const next = future[0]
    if (next === undefined) return
    setFuture((f) => f.slice(1))
    setPast((p) => [...p, value])
    setValue(next)
    onChange(next)
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement | null)?.closest('input, textarea')) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        undo()
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  return { value, commit, undo, redo, canUndo: past.length > 0, canRedo: future.length > 0 }
}
