import { bootLanguage } from './api/boot-language'
import '@fontsource-variable/inter'
// Inter has no Arabic letters; the browser takes them from here (only the Arabic subset is fetched, from the bundle).
import '@fontsource-variable/noto-sans-arabic'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../../shared/i18n/languages'
import { App } from './App'
import { connect } from './api/client'
import { initI18n } from './i18n'

function start(language: Language): void {
  initI18n(language)
  const root = document.getElementById('root')
  if (!root) throw new Error('#root missing from index.html')
  // Render the shell synchronously, in the task that evaluated the bundle: a time-sliced first
  // render let other tasks (chunks arriving, timers) run between slices and held the shell back.
  const reactRoot = createRoot(root)
  try {
    flushSync(() =>
      reactRoot.render(
        <StrictMode>
          <App />
        </StrictMode>
      )
    )
  } finally {
    // Only after the first render (a same-document navigation that cost ~10 ms on the way to the
    // first paint), but whatever happened to it: the token never stays in the address bar.
    connect()
  }
}

if (typeof bootLanguage === 'string') start(bootLanguage)
else
  bootLanguage.then(start, () => {
    // The shell still renders; the banner explains the stored error in the user's words. A locked
    // notebook cannot say which language was chosen: the system's, until it is unlocked.
    start(pickLanguage(navigator.languages) ?? DEFAULT_LANGUAGE)
  })
