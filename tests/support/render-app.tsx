import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import i18next from 'i18next'
import type { ReactElement, ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { cssVariablesResolver, theme } from '../../src/renderer/src/theme'

/**
 * Renders `ui` with what UiRoot gives every screen: Mantine with the app's theme, react-i18next
 * (English, set up by jsdom-setup.ts) and a fresh, non-retrying query cache per test.
 * Mantine's test environment turns off transitions and renders portals in place.
 */
export function renderApp(
  ui: ReactElement,
  options?: Omit<RenderOptions, 'wrapper'>
): RenderResult & { user: UserEvent; queryClient: QueryClient } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } }
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      env="test"
    >
      <I18nextProvider i18n={i18next}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  )
  return { user: userEvent.setup(), queryClient, ...render(ui, { wrapper, ...options }) }
}
