import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { IDLE_LOCK_MINUTES_DEFAULT } from '../../../../shared/protection/rules'
import { errorCodeOf, onNotebookLocked } from '../../api/client'
import { getLockState, setLockRequest, setLockState, useLockState } from '../../api/lock-state'
import { lockNotebook, useNotebookStatus } from '../../api/notebook-lock'
import { revisionChain } from '../../api/revision-chain'
import { blockedWork, dropAllUnsavedWork, saveAllUnsavedWork } from '../../api/unsaved-work'
import { useIdleLock, useLockShortcut } from '../../hooks/useIdleLock'
import { setLastDeleted } from '../sessions/deleted-store'
import { changesLostSince, mutationsSettled } from './settle'

export type LockReason = 'manual' | 'idle' | 'server'

/** Routes whose address may carry what the user typed (an Insights search): not kept while locked. */
const neutralRoute = (hash: string) => (hash.startsWith('#/insights/') ? '#/insights' : hash)

/**
 * Follows the notebook's lock: learns from main whether it is protected and locked, locks after
 * the idle time, on Ctrl/Cmd+L, on the Lock button, and whenever main answers `crypto/locked`.
 * Locking saves what editors hold, waits for those saves, asks main to forget its key, then drops
 * every piece of notebook data this page holds (the query cache, the undo offer, the window title).
 */
export function useLockController() {
  const client = useQueryClient()
  const status = useNotebookStatus()
  const lock = useLockState()
  // A manual lock that would drop text which cannot be saved as it is: the user decides.
  const [blocked, setBlocked] = useState(0)
  // When the notebook was last opened: changes refused since then are counted as lost at a lock.
  const openedAt = useRef(0)

  const dropEverything = useCallback(
    (unsaved: number) => {
      setLockState({ phase: 'locked', unsaved })
      void client.cancelQueries()
      client.clear()
      setLastDeleted(null)
      revisionChain.clear()
      document.title = ''
      const route = neutralRoute(window.location.hash)
      if (route !== window.location.hash) window.history.replaceState(null, '', route)
    },
    [client]
  )

  const lockNow = useCallback(
    async (reason: LockReason, force = false) => {
      if (getLockState().phase !== 'open') return
      if (reason === 'manual' && !force && blockedWork() > 0) {
        setBlocked(blockedWork())
        return
      }
      setBlocked(0)
      setLockState({ phase: 'locking' })
      if (reason === 'server') {
        // Main has already forgotten the key: nothing more can be saved.
        const dropped = dropAllUnsavedWork() + changesLostSince(client, openedAt.current, true)
        dropEverything(dropped)
        return
      }
      const started = Date.now()
      const dropped = saveAllUnsavedWork()
      await mutationsSettled(client)
      const lost = dropped + changesLostSince(client, started)
      try {
        await lockNotebook()
      } catch (error) {
        // Already locked is what we wanted; anything else still leaves the page holding nothing.
        if (errorCodeOf(error) !== 'crypto/locked') console.warn('notebook:lock', errorCodeOf(error))
      }
      dropEverything(lost)
    },
    [client, dropEverything]
  )

  useEffect(() => {
    if (status.data) {
      const { locked, protected: isProtected } = status.data
      const phase = getLockState().phase
      if (phase === 'checking') setLockState({ phase: locked ? 'locked' : 'open', protected: isProtected })
      else setLockState({ protected: isProtected })
      // Main says locked while the page is open (locked from another window): drop everything.
      if (phase === 'open' && locked) queueMicrotask(() => void lockNow('server'))
    } else if (status.error && getLockState().phase === 'checking') {
      // Main cannot be reached: the screens open and the banner says why.
      setLockState({ phase: 'open' })
    }
  }, [status.data, status.error, lockNow])

  useEffect(() => {
    if (lock.phase !== 'open') return
    openedAt.current = Date.now()
    // A save answered after the lock may have recorded a step; the screens start again from main.
    revisionChain.clear()
  }, [lock.phase])
  useEffect(() => onNotebookLocked(() => void lockNow('server')), [lockNow])
  const canLock = lock.phase === 'open' && lock.protected
  useEffect(() => {
    setLockRequest(canLock ? () => void lockNow('manual') : null)
    return () => setLockRequest(null)
  }, [canLock, lockNow])
  useLockShortcut(canLock, () => void lockNow('manual'))
  useIdleLock(status.data?.idleLockMinutes ?? IDLE_LOCK_MINUTES_DEFAULT, canLock, () => void lockNow('idle'))

  return {
    phase: lock.phase,
    unsaved: lock.unsaved,
    blocked,
    cancelBlocked: () => setBlocked(0),
    lockAnyway: () => void lockNow('manual', true)
  }
}
