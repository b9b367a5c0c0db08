import { useState } from 'react'
import { revisionChain } from './revision-chain'

interface DraftState<T> {
  doc: string
  base: number
  /** The stored value the draft started from (at `base`). */
  seeded: T
  value: T
  /**
   * What the user had typed when the document changed elsewhere, laid over the stored value
   * (see keptEdits): offered back, never dropped.
   */
  conflict: T | null
  /** Counts reseeds from elsewhere: history kept alongside the draft (undo) resets with it. */
  generation: number
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * What re-applying would give: for a form (an object), the stored value with only the fields the
 * user changed put back, so another window's edit to a field they never touched is not undone;
 * for a text or a list, what they had.
 */
function keptEdits<T>(mine: T, startedFrom: T, stored: T): T {
  if (!isRecord(mine) || !isRecord(startedFrom) || !isRecord(stored)) return mine
  const changed = Object.keys(mine).filter((k) => !sameJson(mine[k], startedFrom[k]))
  return { ...stored, ...Object.fromEntries(changed.map((k) => [k, mine[k]])) } as T
}

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
        conflict: unsaved ? keptEdits(state.value, state.seeded, stored) : null,
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
