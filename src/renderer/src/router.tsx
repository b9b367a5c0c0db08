import { Suspense, useEffect, useState } from 'react'
import { matchRoute, Redirect, Route, Router, Switch, useRouter, type Parser } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { preloadable } from './preloadable'
import { SHELL_PARTS, Shell } from './components/Shell'

const LibraryPage = preloadable(() => import('./features/library/LibraryPage').then((m) => m.LibraryPage))

/**
 * Every screen, in match order; each is fetched before it is first shown (see useFirstScreen).
 * Routes showing the same screen share a key: Switch renders only the match, so moving between
 * them keeps the screen's state (the Library keeps its search when an item opens).
 */
const SCREENS = [
  { path: '/library', key: 'library', component: LibraryPage },
  { path: '/library/:ref', key: 'library', component: LibraryPage },
  {
    path: '/sessions',
    key: 'sessions',
    component: preloadable(() => import('./features/sessions/SessionsPage').then((m) => m.SessionsPage))
  },
  {
    path: '/sessions/:id/live',
    key: 'live',
    component: preloadable(() => import('./features/capture/LiveMode').then((m) => m.LiveMode))
  },
  {
    path: '/sessions/:id/synthesis',
    key: 'synthesis',
    component: preloadable(() => import('./features/synthesis/SynthesisPage').then((m) => m.SynthesisPage))
  },
  {
    path: '/sessions/:id',
    key: 'session',
    component: preloadable(() => import('./features/sessions/SessionEditor').then((m) => m.SessionEditor))
  },
  {
    path: '/insights/boards/:id',
    key: 'board',
    component: preloadable(() => import('./features/insights/BoardPage').then((m) => m.BoardPage))
  },
  {
    path: '/insights',
    key: 'insights',
    component: preloadable(() => import('./features/insights/InsightsPage').then((m) => m.InsightsPage))
  },
  {
    path: '/insights/:state',
    key: 'insights',
    component: preloadable(() => import('./features/insights/InsightsPage').then((m) => m.InsightsPage))
  },
  {
    path: '/settings',
    key: 'settings',
    component: preloadable(() => import('./features/settings/SettingsPage').then((m) => m.SettingsPage))
  }
]

/** The screen the address points at, matched the way wouter's Switch will match it. */
function screenAt(hash: string, parser: Parser) {
  const path = '/' + (hash.replace(/^#?\/?/, '').split('?')[0] ?? '')
  return SCREENS.find((screen) => matchRoute(parser, screen.path, path)[0])?.component ?? LibraryPage
}

/**
 * The shell paints first; meanwhile what the first screen needs (the component library, the banner
 * and the page the address points at) is fetched in parallel and mounted in one go. The other
 * screens are fetched when the browser is idle, so moving between them normally never waits.
 */
function useFirstScreen(): boolean {
  const [loaded, setLoaded] = useState(false)
  const { parser } = useRouter()
  useEffect(() => {
    let live = true
    const parts = [...SHELL_PARTS.first, screenAt(window.location.hash, parser)].map((part) => part.preload())
    void Promise.allSettled(parts).then(() => {
      if (live) setLoaded(true)
      const rest = () =>
        // A failure here is not kept: opening that screen asks again, and says so if it fails.
        [...SHELL_PARTS.later, ...SCREENS.map((s) => s.component)].forEach((p) =>
          p.preload().catch(() => undefined)
        )
      if ('requestIdleCallback' in window) window.requestIdleCallback(rest)
      else setTimeout(rest, 200)
    })
    return () => {
      live = false
    }
  }, [parser])
  return loaded
}

/** Hash history: works the same from file:// in Electron and from the loopback server. */
export function AppRouter() {
  const firstScreen = useFirstScreen()
  return (
    <Router hook={useHashLocation}>
      <Shell screensReady={firstScreen}>
        <Suspense fallback={null}>
          <Switch>
            {SCREENS.map(({ path, key, component }) => (
              <Route key={key} path={path} component={component} />
            ))}
            <Route>
              <Redirect to="/library" replace />
            </Route>
          </Switch>
        </Suspense>
      </Shell>
    </Router>
  )
}
