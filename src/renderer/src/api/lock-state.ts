import { useSyncExternalStore } from 'react'

/**
 * Where the app stands with the notebook's lock. `checking` until main has said whether the
 * notebook is protected and locked; `locking` while unsaved work is being saved before the lock;
 * `locked` while nothing of the notebook may be on screen or in memory.
 */
export type LockPhase = 'checking' | 'open' | 'locking' | 'locked'

export interface LockState {
  phase: LockPhase
  /** The notebook has a passphrase: the Lock control and the idle lock apply. */
  protected: boolean
  /**
   * Changes that could not be saved before the lock (the notebook locked under them): told on the
   * lock screen, since their content cannot be kept.
   */
  unsaved: number
}

let state: LockState = { phase: 'checking', protected: false, unsaved: 0 }
const listeners = new Set<() => void>()

export function getLockState(): LockState {
  return state
}

export function setLockState(patch: Partial<LockState>): void {
  const next = { ...state, ...patch }
  if (next.phase === state.phase && next.protected === state.protected && next.unsaved === state.unsaved)
    return
  state = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Plain React (no data library), so the shell can hide its navigation while locked. */
export function useLockState(): LockState {
  return useSyncExternalStore(subscribe, getLockState, getLockState)
}

/** True while no notebook data may be shown or asked for. */
export const isClosed = (phase: LockPhase): boolean => phase !== 'open'

let lockRequest: (() => void) | null = null

/** The lock controller (inside the data layer) says how to lock; the shell's Lock button asks it. */
export function setLockRequest(request: (() => void) | null): void {
  lockRequest = request
}

export function requestLock(): void {
  lockRequest?.()
}
