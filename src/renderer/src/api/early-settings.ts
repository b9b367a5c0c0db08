import type { Settings } from '../../../shared/domain/settings'
import { call } from './client'

/**
 * Imported first by main.tsx, so the settings request is already in flight while the rest of the
 * bundle evaluates: the first paint needs the saved language and should not wait for it twice.
 */
export const earlySettings: Promise<Settings> = call('settings:get')
// Handled by main.tsx; this keeps an early failure from being reported as unhandled meanwhile.
earlySettings.catch(() => undefined)
