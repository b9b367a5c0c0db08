import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from './client'
import { keys } from './keys'

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => call('settings:get') })

/**
 * Hide or show the first-run welcome, remembered in the notebook. Sent without a revision, like
 * the language switch: it means "from now on", whatever else changed in notebook.json meanwhile.
 */
export function useSetWelcomeDismissed() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (dismissed: boolean) => call('settings:set', { welcomeDismissed: dismissed }),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings)
  })
}
