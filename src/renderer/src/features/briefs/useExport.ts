import { keys } from '../../api/keys'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type {
  BriefFile,
  ExportDelivery,
  ExportFormat,
  ExportProgress
} from '../../../../shared/domain/export'
import type { Language } from '../../../../shared/i18n/languages'
import { call } from '../../api/client'
import { offerDownload } from './download'

export const useExportPreview = (sessionId: string) =>
  useQuery({ queryKey: keys.exportPreview(sessionId), queryFn: () => call('export:preview', { sessionId }) })

type State =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string; progress: ExportProgress | null }
  | { phase: 'done'; delivery: ExportDelivery }
  | { phase: 'failed'; error: unknown }

/** One export at a time: start it, watch its progress, cancel it; a finished one is saved or downloaded. */
export function useExportJob(sessionId: string) {
  const job = useDeliveryJob()
  /**
   * `file` only for the paged documents; main makes a PDF when it is left out. `passphrase` only
   * for the session file: it is then sealed to it.
   */
  const start = (
    format: ExportFormat,
    language: Language,
    pageSize: 'A4' | 'LETTER',
    file?: BriefFile,
    passphrase?: string
  ) =>
    job.run((jobId) =>
      call('export:file', {
        sessionId,
        jobId,
        format,
        language,
        pageSize,
        ...(file ? { file } : {}),
        ...(passphrase ? { passphrase } : {})
      })
    )
  return { state: job.state, start, cancel: job.cancel, reset: job.reset }
}

/** Any export main runs as a named job (a session's documents, a board's brief). */
export function useDeliveryJob() {
  const [state, setState] = useState<State>({ phase: 'idle' })
  const jobRef = useRef<string | null>(null)

  useEffect(() => {
    if (state.phase !== 'running') return
    const timer = setInterval(() => {
      void call('export:progress', { jobId: state.jobId }).then(
        // A late answer must not bring a finished export back to "running": the dialog could then
        // never close (main has dropped the job, so no later poll would move it on).
        (progress) =>
          progress &&
          setState((current) =>
            current.phase === 'running' && current.jobId === state.jobId ? { ...current, progress } : current
          ),
        () => undefined
      )
    }, 250)
    return () => clearInterval(timer)
  }, [state])

  const run = async (send: (jobId: string) => Promise<ExportDelivery>) => {
    const jobId = crypto.randomUUID()
    jobRef.current = jobId
    setState({ phase: 'running', jobId, progress: null })
    try {
      const delivery = await send(jobId)
      if (jobRef.current !== jobId) return
      if (delivery.base64 !== null) offerDownload(delivery.fileName, delivery.mime, delivery.base64)
      setState({ phase: 'done', delivery })
    } catch (error) {
      if (jobRef.current === jobId) setState({ phase: 'failed', error })
    }
  }
  const cancel = () => {
    if (state.phase === 'running') void call('export:cancel', { jobId: state.jobId })
  }
  const reset = () => {
    jobRef.current = null
    setState({ phase: 'idle' })
  }
  return { state, run, cancel, reset }
}
