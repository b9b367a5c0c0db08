import { useEffect, useState } from 'react'

/**
 * Undo/redo history (capped at 100 steps) over a value held elsewhere (a draft). `apply` runs for
 * every new, undone or redone value, so the caller saves each state. Ctrl/Cmd+Z undoes,
 * Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except while typing in a field, where the field's own undo
 * applies. When `resetKey` changes (the document changed elsewhere) the history is dropped:
 * undoing into a state from before a restore would silently undo the restore.
 */
export function useUndoable<T>(value: T, apply: (value: T) => void, resetKey: unknown) {
  const [history, setHistory] = useState<{ key: unknown; past: T[]; future: T[] }>({
    key: resetKey,
    past: [],
    future: []
  })
  let { past, future } = history
  if (history.key !== resetKey) {
    past = []
    future = []
    setHistory({ key: resetKey, past, future })
  }

  const commit = (next: T) => {
    setHistory({ key: resetKey, past: [...past.slice(-99), value], future: [] })
    apply(next)
  }
  const undo = () => {
    const previous = past.at(-1)
    if (previous === undefined) return
    setHistory({ key: resetKey, past: past.slice(0, -1), future: [value, ...future] })
    apply(previous)
  }
  const redo = () => {
    const next = future[0]
    if (next === undefined) return
    setHistory({ key: resetKey, past: [...past, value], future: future.slice(1) })
    apply(next)
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
