import type { QueryClient } from '@tanstack/react-query'
import { errorCodeOf } from '../../api/client'

/** Resolves once no change is on its way to main, or after `timeoutMs` (a change that never answers). */
export function mutationsSettled(client: QueryClient, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    const cache = client.getMutationCache()
    let unsubscribe = () => {}
    const timer = setTimeout(done, timeoutMs)
    function done() {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    unsubscribe = cache.subscribe(() => {
      if (client.isMutating() === 0) done()
    })
    // The saves were started in this task; their pending state is already in the cache.
    queueMicrotask(() => {
      if (client.isMutating() === 0) done()
    })
  })
}

/**
 * Changes sent since `since` (ms) that main refused or never answered: their content is lost with
 * the lock. `pendingOnly`: count only those still on their way (a refused one's editor still holds
 * its text, and is counted as unsaved work instead).
 */
export function changesLostSince(client: QueryClient, since: number, pendingOnly = false): number {
  return client
    .getMutationCache()
    .getAll()
    .filter(
      (m) =>
        m.state.submittedAt >= since &&
        (m.state.status === 'pending' ||
          (!pendingOnly && m.state.status === 'error' && errorCodeOf(m.state.error) !== 'export/cancelled'))
    ).length
}
