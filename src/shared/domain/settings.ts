import { z } from 'zod'
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages'

export const settingsSchema = z.strictObject({
  language: z.enum(LANGUAGES)
})
export type Settings = z.infer<typeof settingsSchema>

export const settingsPatchSchema = settingsSchema.partial()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export const defaultSettings = (): Settings => ({ language: DEFAULT_LANGUAGE })
