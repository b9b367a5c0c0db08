import { AppShell, Box, Burger, Group, NavLink, Text, Title, VisuallyHidden } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBooks, IconCalendarEvent, IconInfoCircle, IconSettings, IconWifiOff } from '@tabler/icons-react'
import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { LanguageSelect } from './LanguageSelect'
import { NotebookBanner } from './NotebookBanner'
import classes from './Shell.module.css'

interface NavItem {
  to: string
  label: 'nav.library' | 'nav.sessions' | 'nav.settings'
  icon: ReactNode
}

const NAV: NavItem[] = [
  { to: '/library', label: 'nav.library', icon: <IconBooks size={20} aria-hidden /> },
  { to: '/sessions', label: 'nav.sessions', icon: <IconCalendarEvent size={20} aria-hidden /> },
  { to: '/settings', label: 'nav.settings', icon: <IconSettings size={20} aria-hidden /> }
]

const AboutModal = lazy(() => import('./AboutModal').then((m) => ({ default: m.AboutModal })))

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [pathname] = useLocation()
  const [navOpen, nav] = useDisclosure(false)
  const [aboutOpen, about] = useDisclosure(false)

  useEffect(() => nav.close(), [pathname, nav])

  // The shell is mounted and interactive: tests and the first-render benchmark wait for this.
  useEffect(() => {
    document.documentElement.setAttribute('data-ready', 'true')
    performance.mark('passerelle-ready')
  }, [])

  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
        <AppShell.Header className={classes.header}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.label')} />
              <span className={classes.logo} aria-hidden>
                P
              </span>
              <div>
                <Title order={2} size="h4" className={classes.brand}>
                  {t('app.name')}
                </Title>
                <Text size="xs" c="dimmed" visibleFrom="md" className={classes.tagline}>
                  {t('app.tagline')}
                </Text>
              </div>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Box component="span" visibleFrom="lg" className={classes.offline}>
                <IconWifiOff size={14} aria-hidden />
                {t('app.offlineBadge')}
              </Box>
              <LanguageSelect />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
          <AppShell.Section grow>
            {NAV.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                href={item.to}
                label={t(item.label)}
                leftSection={item.icon}
                active={pathname.startsWith(item.to)}
                aria-current={pathname.startsWith(item.to) ? 'page' : undefined}
                className={classes.navLink}
              />
            ))}
          </AppShell.Section>
          <AppShell.Section>
            <NavLink
              component="button"
              label={t('nav.about')}
              leftSection={<IconInfoCircle size={20} aria-hidden />}
              onClick={about.open}
              className={classes.navLink}
            />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          <VisuallyHidden>
            <h1>{t('app.name')}</h1>
          </VisuallyHidden>
          <NotebookBanner />
          {children}
        </AppShell.Main>
      </AppShell>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutModal opened={aboutOpen} onClose={about.close} />
        </Suspense>
      )}
    </>
  )
}
