import { useState } from 'react'
import { revisionChain } from './revision-chain'

interface DraftState<T> {
  doc: string
  base: number
  /** The stored value the draft started from (at `base`). */
  seeded: T
  value: T
  /** What the user had typed when the document changed elsewhere: offered back, never dropped. */
  conflict: T | null
  /** Counts reseeds from elsewhere: history kept alongside the draft (undo) resets with it. */
  generation: number
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * Local, editable copy of server data, keyed by document and revision. When the document changes
 * under it — another window, a restore, an import — the draft reseeds from the stored value; if
 * the user had unsaved edits they are kept in `conflict` to re-apply or discard. This window's own
 * saves (followed through the revision chain) never reseed, so typing is not interrupted.
 */
export function useDraft<T>(doc: string, revision: number, seed: () => T) {
  const [state, setState] = useState<DraftState<T>>(() => {
    const value = seed()
    return { doc, base: revision, seeded: value, value, conflict: null, generation: 0 }
  })
  let current = state
  if (doc !== state.doc) {
    const value = seed()
    current = { doc, base: revision, seeded: value, value, conflict: null, generation: state.generation + 1 }
    setState(current)
  } else if (revision !== state.base) {
    const stored = seed()
    if (revisionChain.isOwn(doc, state.base, revision)) {
      current = { ...state, base: revision, seeded: stored }
    } else {
      const unsaved = !sameJson(state.value, state.seeded)
      current = {
        doc,
        base: revision,
        seeded: stored,
        value: stored,
        conflict: unsaved ? state.value : null,
        generation: state.generation + 1
      }
    }
    setState(current)
  }
  return {
    value: current.value,
    /** The revision the draft is based on: what a save must send. */
    base: current.base,
    dirty: !sameJson(current.value, current.seeded),
    generation: current.generation,
    conflict: current.conflict,
    set: (update: T | ((previous: T) => T)) =>
      setState((s) => ({
        ...s,
        value: typeof update === 'function' ? (update as (previous: T) => T)(s.value) : update
      })),
    /** Put the kept edits back (the next save is based on the current revision). */
    reapply: () => setState((s) => (s.conflict === null ? s : { ...s, value: s.conflict, conflict: null })),
    discard: () => setState((s) => ({ ...s, conflict: null }))
  }
}
