import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../shared/ipc/contract'
import { call } from './client'
import { keys } from './keys'

/** Whether the notebook is protected and locked, and its idle time. Answered even while locked. */
export const useNotebookStatus = () =>
  useQuery({ queryKey: keys.notebookStatus, queryFn: () => call('notebook:status') })

export function useSetIdleLock() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (minutes: number) => call('notebook:set-idle-lock', { minutes }),
    onSuccess: (status) => client.setQueryData(keys.notebookStatus, status)
  })
}

// Passphrases and recovery keys go through plain calls, never the data cache: a mutation keeps its
// input and answer in memory for minutes, and a secret should live only in the dialog that holds it.

/** Encrypts the notebook; answers the recovery key, to be shown once and never kept. */
export const protectNotebook = (passphrase: string) => call('notebook:protect', { passphrase })
export const changePassphrase = (input: Input<'notebook:change-passphrase'>) =>
  call('notebook:change-passphrase', input)
export const unlockNotebook = (input: Input<'notebook:unlock'>) => call('notebook:unlock', input)
export const lockNotebook = () => call('notebook:lock')
