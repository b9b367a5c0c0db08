import '@fontsource-variable/inter'
import '@mantine/core/styles.css'
import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages'
import { call } from './api/client'
import { App } from './App'
import { initI18n } from './i18n'
import { settingsKey } from './features/settings/useSettings'

/** Load the saved language before the first paint, so the shell never flashes in English. */
async function boot(): Promise<void> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })
  let language = DEFAULT_LANGUAGE
  try {
    const settings = await call('settings:get')
    queryClient.setQueryData(settingsKey, settings)
    language = settings.language
  } catch {
    // The shell still renders; each screen shows the stored error in the user's words.
  }
  await initI18n(language)
  const root = document.getElementById('root')
  if (!root) throw new Error('#root missing from index.html')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  )
}

void boot()
