import { QueryClientContext, useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'
import { isTransportError } from '../api/client'

/**
 * True inside UiRoot, whose NotebookBanner reports, once for every screen, any data that could not
 * be loaded because the backend is out of reach (server stopped, wrong access key).
 */
export const OutageBanner = createContext(false)

/** The first transport error among the loaded data (queries), or null. For the banner. */
export function useTransportOutage(): unknown {
  const cache = useQueryClient().getQueryCache()
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache])
  return useSyncExternalStore(
    subscribe,
    () => cache.getAll().find((query) => isTransportError(query.state.error))?.state.error ?? null
  )
}

/**
 * Whether the banner already reports `error`: a transport error that some query holds. A screen's
 * ErrorAlert then stays silent, so the message appears once. An action's error (a mutation) is
 * still shown where it happened: the banner does not report it.
 */
export function useReportedByBanner(error: unknown): boolean {
  const banner = useContext(OutageBanner)
  const client = useContext(QueryClientContext)
  if (!banner || !client || !isTransportError(error)) return false
  return client
    .getQueryCache()
    .getAll()
    .some((query) => query.state.error === error)
}
