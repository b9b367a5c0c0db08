import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBook2, IconCalendarPlus, IconFileImport, IconShieldLock } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useCatalog } from '../api/sessions'
import { useSetWelcomeDismissed, useSettings } from '../api/settings'
import { ImportSessionButton } from '../features/sessions/ImportSessionButton'
import { NewSessionDialog } from '../features/sessions/NewSessionDialog'
import { ErrorAlert } from './ErrorAlert'
import { WelcomeProtect } from '../features/lock/WelcomeProtect'

/** The template the "plan a session" start opens with, when the catalog has it. */
export const WELCOME_TEMPLATE = 'storytelling-accessibility-in-room'

const onLibrary = (pathname: string) => pathname === '/' || pathname.startsWith('/library')

let focusWhenShown = false

/**
 * Move focus to the welcome the next time it appears: About's "Show the welcome again" calls this.
 * Never on first run, where focus stays where the page starts (the skip link comes first).
 */
export function focusWelcomeWhenShown(): void {
  focusWhenShown = true
}

/**
 * The first-run welcome, above the Library: what Passerelle is, that everything stays on this
 * computer, and three ways to start. Hidden for good with its own button (remembered in the
 * notebook); About → "Show the welcome again" brings it back and moves focus to it. The starts do
 * not hide it: a dialog they open can be cancelled, and the welcome is still there.
 */
export function Welcome() {
  const { t } = useTranslation()
  const [pathname, navigate] = useLocation()
  const settings = useSettings()
  const setDismissed = useSetWelcomeDismissed()
  const [planning, setPlanning] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = settings.data?.welcomeDismissed === false && onLibrary(pathname)
  useEffect(() => {
    if (!shown || !focusWhenShown) return
    focusWhenShown = false
    heading.current?.focus()
    heading.current?.scrollIntoView?.({ block: 'start' })
  }, [shown])

  if (!shown) return null
  const readNote = () => {
    navigate('/library')
    // The reader shows the note's first page; move there so the next Tab is inside it.
    requestAnimationFrame(() => {
      const reader = document.querySelector<HTMLElement>('[data-testid="item-view"]')
      if (!reader) return
      reader.tabIndex = -1
      reader.focus()
      reader.scrollIntoView?.({ block: 'start' })
    })
  }
  const hide = () =>
    setDismissed.mutate(true, {
      // The button goes away with the panel: focus moves to the screen instead of being lost.
      onSuccess: () => document.getElementById('main')?.focus()
    })

  return (
    <Paper
      component="section"
      aria-labelledby="welcome-title"
      withBorder
      radius="lg"
      p="lg"
      mb="lg"
      data-testid="welcome"
    >
      <Stack gap="md">
        <div>
          <Title order={2} id="welcome-title" ref={heading} tabIndex={-1}>
            {t('welcome.title')}
          </Title>
          <Text mt="xs">{t('welcome.intro')}</Text>
          <Group gap="xs" mt="xs" wrap="nowrap" align="start">
            <IconShieldLock size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" fw={600}>
              {t('welcome.privacy')}
            </Text>
          </Group>
        </div>
        <WelcomeProtect />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Start
            icon={<IconBook2 aria-hidden />}
            title={t('welcome.read.title')}
            body={t('welcome.read.body')}
          >
            <Button variant="light" onClick={readNote} data-testid="welcome-read">
              {t('welcome.read.action')}
            </Button>
          </Start>
          <Start
            icon={<IconCalendarPlus aria-hidden />}
            title={t('welcome.plan.title')}
            body={t('welcome.plan.body')}
          >
            <Button variant="light" onClick={() => setPlanning(true)} data-testid="welcome-plan">
              {t('welcome.plan.action')}
            </Button>
          </Start>
          <Start
            icon={<IconFileImport aria-hidden />}
            title={t('welcome.import.title')}
            body={t('welcome.import.body')}
          >
            <ImportSessionButton label={t('welcome.import.action')} variant="light" testId="welcome-import" />
          </Start>
        </SimpleGrid>
        {setDismissed.error && <ErrorAlert error={setDismissed.error} />}
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {t('welcome.hideHint')}
          </Text>
          <Button
            variant="default"
            loading={setDismissed.isPending}
            onClick={hide}
            data-testid="welcome-hide"
          >
            {t('welcome.hide')}
          </Button>
        </Group>
      </Stack>
      {planning && <PlanDialog onClose={() => setPlanning(false)} />}
    </Paper>
  )
}

/** The new-session dialog with the storytelling template chosen (or none, if the catalog lacks it). */
function PlanDialog({ onClose }: { onClose: () => void }) {
  const catalog = useCatalog()
  if (catalog.isPending) return null
  const known = catalog.data?.templates.some((template) => template.id === WELCOME_TEMPLATE)
  return <NewSessionDialog onClose={onClose} initialTemplateId={known ? WELCOME_TEMPLATE : ''} />
}

function Start({
  icon,
  title,
  body,
  children
}: {
  icon: ReactNode
  title: string
  body: string
  children: ReactNode
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs" h="100%">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="xl" size="lg">
            {icon}
          </ThemeIcon>
          <Title order={3} size="h4">
            {title}
          </Title>
        </Group>
        <Text size="sm" style={{ flexGrow: 1 }}>
          {body}
        </Text>
        <div>{children}</div>
      </Stack>
    </Paper>
  )
}
