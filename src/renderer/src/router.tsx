import { createHashRouter, Navigate } from 'react-router'
import { Shell } from './components/Shell'
import { LibraryPage } from './features/library/LibraryPage'
import { SessionsPage } from './features/sessions/SessionsPage'
import { SettingsPage } from './features/settings/SettingsPage'

/** Hash history: works the same from file:// in Electron and from the loopback server. */
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/library" replace /> },
      { path: 'library', element: <LibraryPage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/library" replace /> }
    ]
  }
])
