import { useState } from 'react'
import { isLanguage, type Language } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { switchLanguage } from '../../i18n'

/**
 * Save the language, then apply it: the UI never shows a language the notebook did not store.
 * Kept free of the query cache so the shell's language switch needs no data library; every
 * screen reads the applied language from i18next.
 */
export function useSaveLanguage() {
  const [pending, setPending] = useState<Language | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  const save = (value: string) => {
    if (!isLanguage(value)) return
    setPending(value)
    setError(null)
    setSaved(false)
    call('settings:set', { language: value })
      .then((settings) => switchLanguage(settings.language ?? value))
      .then(
        () => setSaved(true),
        (e: unknown) => setError(e)
      )
      .finally(() => setPending(null))
  }
  return { save, pending, error, saved }
}
