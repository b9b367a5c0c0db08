import { createElement, lazy, type ComponentType } from 'react'

export type Preloadable<P extends object> = ComponentType<P> & { preload(): Promise<void> }

/**
 * A lazily loaded component that can be fetched ahead of its first render. React.lazy suspends on
 * its first render even when the chunk has already arrived, and React then holds the revealed
 * content back for up to 300 ms after a fallback showed (two nested boundaries put the first
 * screen a second away). Once preloaded, this renders the component directly: no fallback, no wait.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const start = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null // a failed prefetch is not kept: rendering the screen asks again
        throw error
      }
    ))
  const Lazy = lazy(() => start().then((component) => ({ default: component })))
  function Preloaded(props: P) {
    return createElement((loaded ?? Lazy) as ComponentType<P>, props)
  }
  Preloaded.preload = () => start().then(() => undefined)
  return Preloaded
}
