import { useState } from 'react'
import { isLanguage, type Language } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { getLockState } from '../../api/lock-state'
import { switchLanguage } from '../../i18n'

let chosenWhileLocked: Language | null = null

/** The language picked on the lock screen (once), to be stored when the notebook opens. */
export function takeLanguageChosenWhileLocked(): Language | null {
  const chosen = chosenWhileLocked
  chosenWhileLocked = null
  return chosen
}

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
    // A locked notebook cannot store it yet: the choice is stored once it is unlocked.
    const locked = getLockState().phase === 'locked'
    if (locked) chosenWhileLocked = value
    const stored = locked ? Promise.resolve({ language: value }) : call('settings:set', { language: value })
    stored
      .then((settings) => switchLanguage(settings.language ?? value))
      .then(
        () => setSaved(true),
        (e: unknown) => setError(e)
      )
      .finally(() => setPending(null))
  }
  return { save, pending, error, saved }
}
