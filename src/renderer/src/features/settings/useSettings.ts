import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings'
import { call } from '../../api/client'
import { switchLanguage } from '../../i18n'

export const settingsKey = ['settings'] as const

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings:get') })
}

/** Saves first, then applies: the UI never shows a language the notebook did not store. */
export function useUpdateSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: SettingsPatch) => call('settings:set', patch),
    onSuccess: async (saved: Settings) => {
      client.setQueryData(settingsKey, saved)
      await switchLanguage(saved.language)
    }
  })
}
