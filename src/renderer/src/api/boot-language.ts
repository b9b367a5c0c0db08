import { DEFAULT_LANGUAGE, isLanguage, pickLanguage, type Language } from '../../../shared/i18n/languages'
import type { SettingsView } from '../../../shared/ipc/contract'
import { call } from './client'

/**
 * The language to paint in, needed before the first paint so a French user never sees English
 * first. In browser mode the server writes it into the page (`<html data-boot-language>`), so the
 * shell renders in the same task as the bundle runs; the desktop app asks main over IPC. Imported
 * first by main.tsx, so that request is in flight while the rest of the bundle evaluates.
 *
 * Until the user chooses a language, the system's is used when we speak it: the browser's own
 * list (`navigator.languages`, which the server could only guess from Accept-Language), or on the
 * desktop the OS's list as main read it.
 */
export const bootLanguage: Language | Promise<Language> = fromPage() ?? fromSettings()

function fromPage(): Language | null {
  const root = document.documentElement
  const value = root.dataset.bootLanguage
  if (!isLanguage(value)) return null
  return root.dataset.languageSource === 'system' ? (pickLanguage(navigator.languages) ?? value) : value
}

function fromSettings(): Promise<Language> {
  const request = call('settings:get').then((settings) => languageToShow(settings, navigator.languages))
  // Handled by main.tsx; this keeps an early failure from being reported as unhandled meanwhile.
  request.catch(() => undefined)
  return request
}

/** The user's choice; else the system's language (main's, then the browser's) when we speak it; else English. */
export function languageToShow(
  settings: Pick<SettingsView, 'language' | 'systemLanguage'>,
  browserLanguages: readonly string[]
): Language {
  return settings.language ?? settings.systemLanguage ?? pickLanguage(browserLanguages) ?? DEFAULT_LANGUAGE
}
