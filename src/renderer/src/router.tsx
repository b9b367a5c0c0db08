import { lazy, Suspense } from 'react'
import { Redirect, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { Shell } from './components/Shell'
// Screens load when first opened, inside the already-painted shell.
const LibraryPage = lazy(() =>
  import('./features/library/LibraryPage').then((m) => ({ default: m.LibraryPage }))
)
const SessionsPage = lazy(() =>
  import('./features/sessions/SessionsPage').then((m) => ({ default: m.SessionsPage }))
)
const SessionEditor = lazy(() =>
  import('./features/sessions/SessionEditor').then((m) => ({ default: m.SessionEditor }))
)
const LiveMode = lazy(() => import('./features/capture/LiveMode').then((m) => ({ default: m.LiveMode })))
const SynthesisPage = lazy(() =>
  import('./features/synthesis/SynthesisPage').then((m) => ({ default: m.SynthesisPage }))
)
const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))
)

/** Hash history: works the same from file:// in Electron and from the loopback server. */
export function AppRouter() {
  return (
    <Router hook={useHashLocation}>
      <Shell>
        <Suspense fallback={null}>
          <Switch>
            <Route path="/library" component={LibraryPage} />
            <Route path="/library/:ref" component={LibraryPage} />
            <Route path="/sessions" component={SessionsPage} />
            <Route path="/sessions/:id/live" component={LiveMode} />
            <Route path="/sessions/:id/synthesis" component={SynthesisPage} />
            <Route path="/sessions/:id" component={SessionEditor} />
            <Route path="/settings" component={SettingsPage} />
            <Route>
              <Redirect to="/library" replace />
            </Route>
          </Switch>
        </Suspense>
      </Shell>
    </Router>
  )
}
