import '@mantine/core/styles.css'
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { cssVariablesResolver, theme } from '../theme'
import { LanguageDirection } from './LanguageDirection'
import { OutageBanner } from './outage'

/**
 * Mantine and its stylesheet, loaded after the shell is on screen: the shell is plain React and
 * CSS so it paints and responds at once, and every screen inside it gets the component library
 * and the data cache.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } }
})

export function UiRoot({ children }: { children: ReactNode }) {
  return (
    <LanguageDirection>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        withGlobalClasses
      >
        <QueryClientProvider client={queryClient}>
          <OutageBanner value>{children}</OutageBanner>
        </QueryClientProvider>
      </MantineProvider>
    </LanguageDirection>
  )
}
