import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useLayoutEffect, useState, useSyncExternalStore } from 'react'
import { ProjectorPage } from './ProjectorPage'

/** `#/projector/<sessionId>` → the session id, or null for any other address. */
export function projectorSessionOf(hash: string): string | null {
  const match = /^#\/projector\/([^/?#]+)/.exec(hash)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return null
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/**
 * The projector window's whole page: no navigation, no shell, no notebook data, only the
 * projector's own view. It follows the address (the desktop window is pointed at another session).
 */
export function ProjectorApp() {
  const sessionId = useSyncExternalStore(subscribe, () => projectorSessionOf(window.location.hash))
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
  )
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-ready', 'true')
  }, [])
  if (!sessionId) return null
  return (
    <QueryClientProvider client={client}>
      <ProjectorPage key={sessionId} sessionId={sessionId} />
    </QueryClientProvider>
  )
}
