import { isLanguage, type Language } from '../../../shared/i18n/languages'
import { call } from './client'

/**
 * The saved language, needed before the first paint so a French user never sees English first.
 * In browser mode the server writes it into the page (`<html data-boot-language>`), so the shell
 * renders in the same task as the bundle runs; the desktop app asks main over IPC. Imported first
 * by main.tsx, so that request is in flight while the rest of the bundle evaluates.
 */
export const bootLanguage: Language | Promise<Language> = fromPage() ?? fromSettings()

function fromPage(): Language | null {
  const value = document.documentElement.dataset.bootLanguage
  return isLanguage(value) ? value : null
}

function fromSettings(): Promise<Language> {
  const request = call('settings:get').then((settings) => settings.language)
  // Handled by main.tsx; this keeps an early failure from being reported as unhandled meanwhile.
  request.catch(() => undefined)
  return request
}
