import {
  IconBooks,
  IconBulb,
  IconCalendarEvent,
  IconInfoCircle,
  IconLock,
  IconSettings,
  IconWifiOff
} from '@tabler/icons-react'
import { Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { requestLock, useLockState } from '../api/lock-state'
import { preloadable } from '../preloadable'
import { LanguageSelect } from './LanguageSelect'
import { ScreenFailed } from './ScreenFailed'
import classes from './Shell.module.css'

const UiRoot = preloadable(() => import('./UiRoot').then((m) => m.UiRoot))
const AboutModal = preloadable(() => import('./AboutModal').then((m) => m.AboutModal))
const NotebookBanner = preloadable(() => import('./NotebookBanner').then((m) => m.NotebookBanner))
const Welcome = preloadable(() => import('./Welcome').then((m) => m.Welcome))
const LockGate = preloadable(() => import('../features/lock/LockGate').then((m) => m.LockGate))
const DesktopCommands = preloadable(() =>
  import('../features/import/DesktopCommands').then((m) => m.DesktopCommands)
)

/** What every screen renders inside (fetched with the first screen), and what can wait. */
export const SHELL_PARTS = {
  first: [UiRoot, LockGate, NotebookBanner, Welcome],
  later: [AboutModal, DesktopCommands]
}

interface NavItem {
  to: string
  label: 'nav.library' | 'nav.sessions' | 'nav.insights' | 'nav.settings'
  icon: ReactNode
}

const NAV: NavItem[] = [
  { to: '/library', label: 'nav.library', icon: <IconBooks size={20} aria-hidden /> },
  { to: '/sessions', label: 'nav.sessions', icon: <IconCalendarEvent size={20} aria-hidden /> },
  { to: '/insights', label: 'nav.insights', icon: <IconBulb size={20} aria-hidden /> },
  { to: '/settings', label: 'nav.settings', icon: <IconSettings size={20} aria-hidden /> }
]

/** Key names, the same in every language: Cmd on a Mac, Ctrl elsewhere. */
const LOCK_KEYS = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘L' : 'Ctrl+L'

/**
 * The frame around every screen, in plain React and CSS (no component library), so it is on
 * screen and usable as soon as the first bundle runs; screens load inside it.
 */
export function Shell({ children, screensReady }: { children: ReactNode; screensReady: boolean }) {
  const { t } = useTranslation()
  const [pathname] = useLocation()
  const [aboutOpen, setAboutOpen] = useState(false)
  const main = useRef<HTMLElement>(null)
  const lock = useLockState()
  // Locked: no way into the notebook but the lock screen.
  const closed = lock.phase === 'locked' || lock.phase === 'locking'

  // The shell is mounted and interactive: tests and the first-render benchmark wait for this.
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-ready', 'true')
    performance.mark('passerelle-ready')
  }, [])

  return (
    <div className={classes.app}>
      <a
        href="#main"
        className={classes.skipLink}
        onClick={(event) => {
          // The hash belongs to the router; move focus without navigating.
          event.preventDefault()
          main.current?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <div className={classes.brandGroup}>
          <span className={classes.logo} aria-hidden>
            P
          </span>
          <div>
            <p className={classes.brand}>{t('app.name')}</p>
            <p className={classes.tagline}>{t('app.tagline')}</p>
          </div>
        </div>
        <div className={classes.headerEnd}>
          <span className={classes.offline}>
            <IconWifiOff size={14} aria-hidden />
            {t('app.offlineBadge')}
          </span>
          <LanguageSelect />
        </div>
      </header>
      <nav className={classes.nav} aria-label={t('nav.label')}>
        {/* Hidden (not just greyed) while locked: the lock screen is the only way in. */}
        {closed ? (
          <span />
        ) : (
          <ul className={classes.navList}>
            {NAV.map((item) => {
              const active = pathname.startsWith(item.to)
              return (
                <li key={item.to}>
                  <Link
                    href={item.to}
                    className={classes.navLink}
                    data-active={active || undefined}
                    aria-current={active ? 'page' : undefined}
                  >
                    {item.icon}
                    <span>{t(item.label)}</span>
                  </Link>
                </li>
              )
            })}
          </ul>
        )}
        <div>
          {lock.protected && lock.phase === 'open' && (
            <button
              type="button"
              className={classes.navLink}
              onClick={requestLock}
              aria-keyshortcuts="Control+L Meta+L"
              data-testid="lock-button"
            >
              <IconLock size={20} aria-hidden />
              <span>{t('lock.lockNow')}</span>
              <kbd className={classes.shortcut}>{LOCK_KEYS}</kbd>
            </button>
          )}
          <button type="button" className={classes.navLink} onClick={() => setAboutOpen(true)}>
            <IconInfoCircle size={20} aria-hidden />
            <span>{t('nav.about')}</span>
          </button>
        </div>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className={classes.main}>
        <h1 className={classes.visuallyHidden}>{t('app.name')}</h1>
        {/* Until the first screen's code is here, so it mounts in one go (see router.tsx). */}
        {screensReady ? (
          // A screen that fails (its code did not arrive, or it threw) leaves the shell usable, and
          // moving to another screen clears the message.
          <ErrorBoundary FallbackComponent={ScreenFailed} resetKeys={[pathname]}>
            <Suspense fallback={<p className={classes.loading}>{t('app.loading')}</p>}>
              <UiRoot>
                {/* While the notebook is locked, none of what follows is mounted. */}
                <LockGate>
                  <NotebookBanner />
                  {/* Above the Library until hidden; About brings it back. */}
                  <Welcome />
                  {children}
                  {/* Menu commands, opened and dropped files: the same dialogs the buttons open. */}
                  <Suspense fallback={null}>
                    <DesktopCommands onAbout={() => setAboutOpen(true)} />
                  </Suspense>
                </LockGate>
                {/* Its own boundary: opening it before its code is here must not blank the screen. */}
                <Suspense fallback={null}>
                  {aboutOpen && <AboutModal opened onClose={() => setAboutOpen(false)} />}
                </Suspense>
              </UiRoot>
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className={classes.loading}>{t('app.loading')}</p>
        )}
      </main>
    </div>
  )
}
