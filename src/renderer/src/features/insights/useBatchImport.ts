import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LabelledImport } from '../../../../shared/domain/notebook-ops'
import type { ErrorCode } from '../../../../shared/errors'
import { LIMITS } from '../../../../shared/limits'
import { call, type ApiError } from '../../api/client'
import { keys } from '../../api/keys'
import { readJsonFile } from '../../components/read-json-file'

/** A file sealed to a passphrase not given yet, or not opened by the one given: it may be tried again. */
const SEALED: readonly ErrorCode[] = ['crypto/passphrase-required', 'crypto/wrong-passphrase']

export type Outcome = { name: string } & (
  { ok: true; result: LabelledImport } | { ok: false; error: ApiError; sealed?: File }
)

export const isSealed = (o: Outcome): o is Outcome & { ok: false; sealed: File } =>
  !o.ok && o.sealed !== undefined

/**
 * The batch import's runs. The first imports every file it can and sets aside the sealed ones;
 * `unseal` then tries one passphrase, typed once, on each file still sealed. Each file is its own
 * all-or-nothing import: a wrong passphrase refuses that file only, and it may be tried again.
 */
export function useBatchImport(files: File[], origin: string) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [running, setRunning] = useState(false)
  const [outcomes, setOutcomes] = useState<Outcome[]>([])

  async function importOne(file: File, passphrase?: string): Promise<Outcome> {
    const read = await readJsonFile(file)
    if (!read.ok) return { name: file.name, ok: false, error: read.error }
    try {
      const result = await call('sessions:import-labelled', {
        content: read.text,
        ...(passphrase === undefined ? {} : { passphrase }),
        origin: origin.trim() || null,
        titleSuffix: t('care.import.copySuffix').slice(0, LIMITS.transfer.titleSuffix)
      })
      return { name: file.name, ok: true, result }
    } catch (caught) {
      const error = caught as ApiError
      return { name: file.name, ok: false, error, ...(SEALED.includes(error.code) ? { sealed: file } : {}) }
    }
  }

  /** One pass over `done`, replacing the outcome of each index `pick` returns a file for. */
  async function pass(done: Outcome[], pick: (i: number) => File | null, passphrase?: string) {
    setRunning(true)
    try {
      for (let i = 0; i < done.length; i++) {
        const file = pick(i)
        if (!file) continue
        done[i] = await importOne(file, passphrase)
        setOutcomes(done.filter(Boolean))
      }
    } finally {
      setRunning(false)
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.sessions }),
        client.invalidateQueries({ queryKey: keys.insightsAll })
      ])
    }
  }

  const run = () => pass(new Array<Outcome>(files.length), (i) => files[i] ?? null)

  const unseal = (passphrase: string) => {
    const done = [...outcomes]
    return pass(done, (i) => (isSealed(done[i]!) ? done[i]!.sealed : null), passphrase)
  }

  return {
    outcomes,
    running,
    sealedCount: outcomes.filter(isSealed).length,
    run,
    unseal,
    reset: () => setOutcomes([])
  }
}
