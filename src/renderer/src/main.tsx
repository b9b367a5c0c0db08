import { earlySettings } from './api/early-settings'
import '@fontsource-variable/inter'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages'
import { App } from './App'
import { initI18n } from './i18n'

/** Load the saved language before the first paint, so the shell never flashes in English. */
async function boot(): Promise<void> {
  let language = DEFAULT_LANGUAGE
  try {
    language = (await earlySettings).language
  } catch {
    // The shell still renders; the banner explains the stored error in the user's words.
  }
  await initI18n(language)
  const root = document.getElementById('root')
  if (!root) throw new Error('#root missing from index.html')
  // Render the shell synchronously: a time-sliced first render lets the screen chunks, which start
  // loading during it, evaluate in between slices and hold the shell back (~100 ms measured).
  const reactRoot = createRoot(root)
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>
    )
  )
}

void boot()
