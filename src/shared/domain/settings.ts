import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'

export const settingsSchema = z.strictObject({
  /**
   * The interface language the user chose; null until they choose one, and meanwhile the system's
   * (desktop) or the browser's (browser mode) preferred language is used when we have it.
   */
  language: z.enum(LANGUAGES).nullable(),
  /** The first-run welcome was hidden; About → "Show the welcome again" clears it. */
  welcomeDismissed: z.boolean()
})
export type Settings = z.infer<typeof settingsSchema>

/** A change to some settings. The language can be chosen, never un-chosen. */
export const settingsPatchSchema = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  welcomeDismissed: z.boolean().optional()
})
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export const defaultSettings = (): Settings => ({ language: null, welcomeDismissed: false })
