import { Suspense } from 'react'
import { preloadable } from './preloadable'
import { AppRouter } from './router'

const ProjectorApp = preloadable(() =>
  import('./features/projector/ProjectorApp').then((m) => m.ProjectorApp)
)

/** The projector's address opens the projector alone, without the facilitator's shell. */
export function App() {
  if (window.location.hash.startsWith('#/projector/')) {
    return (
      <Suspense fallback={null}>
        <ProjectorApp />
      </Suspense>
    )
  }
  return <AppRouter />
}
