import { keys } from './keys'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from './client'

/** Moving a session in as a file: preview first, then import (as a copy when the id is taken). */
export function useImportSession() {
  const client = useQueryClient()
  // `passphrase`: for a session file exported sealed to one (main asks with crypto/passphrase-required).
  const preview = useMutation({
    mutationFn: ({ content, passphrase }: { content: string; passphrase?: string | undefined }) =>
      call('sessions:import-preview', { content, ...(passphrase ? { passphrase } : {}) })
  })
  const commit = useMutation({
    mutationFn: (input: { content: string; passphrase?: string; asCopy: boolean; titleSuffix?: string }) =>
      call('sessions:import', input),
    onSuccess: (saved) => {
      client.setQueryData(keys.session(saved.id), saved)
      void client.invalidateQueries({ queryKey: keys.sessions })
    }
  })
  return { preview, commit }
}

export const useBackups = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.backups(sessionId),
    queryFn: () => call('backups:list', { sessionId }),
    enabled
  })

/** Restoring replaces the whole session, so everything read from it is read again. */
export function useRestoreBackup(sessionId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (stamp: string) => call('backups:restore', { sessionId, stamp }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.session(sessionId) })
      void client.invalidateQueries({ queryKey: keys.sessions })
      void client.invalidateQueries({ queryKey: keys.backups(sessionId) })
      void client.invalidateQueries({ predicate: (q) => q.queryKey.includes(sessionId) })
    }
  })
}

export function useEraseSession() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => call('sessions:erase', { id }),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: keys.backups(id) })
      void client.invalidateQueries({ queryKey: keys.sessions })
    }
  })
}

export function useErasePseudonym() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { name: string; dryRun: boolean }) => call('erase:pseudonym', input),
    onSuccess: (_, input) => {
      // Notes and speakers changed in every session that named them.
      if (!input.dryRun) void client.invalidateQueries()
    }
  })
}
