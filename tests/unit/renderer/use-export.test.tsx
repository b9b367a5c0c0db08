import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { errorCodeOf } from '../../../src/renderer/src/api/client'
import { useExportJob } from '../../../src/renderer/src/features/briefs/useExport'
import type { ExportDelivery, ExportProgress } from '../../../src/shared/domain/export'
import { deferred, freshBackend, Refusal, refuse, type Backend } from '../../support/fake-backend'
import { renderApp } from '../../support/render-app'

vi.mock('../../../src/renderer/src/api/client', async (importOriginal) =>
  (await import('../../support/fake-backend')).fakeClient(await importOriginal())
)

/** What the export dialog shows of the job. */
function Exporter() {
  const job = useExportJob('sessExport01')
  const s = job.state
  const shown =
    s.phase === 'running'
      ? s.progress
        ? `Drawing pages: ${Math.round(s.progress.fraction * 100)}%`
        : 'Preparing'
      : s.phase === 'done'
        ? `Saved: ${s.delivery.fileName}`
        : s.phase === 'failed'
          ? `Failed: ${errorCodeOf(s.error)}`
          : 'Idle'
  return (
    <>
      <button onClick={() => void job.start('outcome-brief', 'fr', 'A4')}>Export</button>
      <button onClick={job.cancel}>Cancel</button>
      <button onClick={job.reset}>Close</button>
      <p role="status">{shown}</p>
    </>
  )
}

const SAVED: ExportDelivery = {
  fileName: 'brief.pdf',
  mime: 'application/pdf',
  base64: null,
  savedTo: '/tmp/brief.pdf'
}

let backend: Backend
let file: ReturnType<typeof deferred<ExportDelivery>>
let progress: ExportProgress | null
beforeEach(() => {
  // Only the polling interval is faked: Testing Library's own waiting keeps real timeouts.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
  backend = freshBackend()
  file = deferred<ExportDelivery>()
  progress = null
  backend.on('export:file', () => file.promise)
  backend.on('export:progress', () => progress)
  backend.on('export:cancel', () => {
    file.reject(new Refusal({ code: 'export/cancelled', message: 'cancelled' }))
    return true
  })
})
afterEach(() => {
  vi.useRealTimers()
})

const status = () => screen.getByRole('status').textContent
const polls = () => backend.sent('export:progress').length
const tick = (ms = 250) => act(() => vi.advanceTimersByTimeAsync(ms))

async function startExport() {
  const view = renderApp(<Exporter />)
  await view.user.click(screen.getByRole('button', { name: 'Export' }))
  const jobId = backend.sent('export:file')[0]?.jobId
  return { ...view, jobId }
}

describe('useExportJob', () => {
  it('asks for progress every 250 ms while the export runs, then shows the result', async () => {
    const { jobId } = await startExport()
    expect(backend.sent('export:file')).toEqual([
      { sessionId: 'sessExport01', jobId, format: 'outcome-brief', language: 'fr', pageSize: 'A4' }
    ])
    expect(status()).toBe('Preparing')
    expect(polls()).toBe(0)

    await tick()
    expect(backend.sent('export:progress')).toEqual([{ jobId }])
    expect(status()).toBe('Preparing') // not known yet: null

    progress = { fraction: 0.4, pages: 12 }
    await tick()
    expect(status()).toBe('Drawing pages: 40%')
    progress = { fraction: 0.8, pages: 12 }
    await tick()
    expect(status()).toBe('Drawing pages: 80%')

    await act(async () => file.resolve(SAVED))
    expect(status()).toBe('Saved: brief.pdf')
    const after = polls()
    await tick(1000)
    expect(polls()).toBe(after)
  })

  it('keeps the last progress when a poll fails', async () => {
    await startExport()
    progress = { fraction: 0.5, pages: null }
    await tick()
    backend.on('export:progress', () => refuse('internal/unexpected'))
    await tick()
    expect(status()).toBe('Drawing pages: 50%')
    await tick()
    expect(polls()).toBe(3)
  })

  it('cancel asks main to stop this job; the export then ends as cancelled and polling stops', async () => {
    const { user, jobId } = await startExport()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(backend.sent('export:cancel')).toEqual([{ jobId }])
    expect(await screen.findByText('Failed: export/cancelled')).toBeTruthy()
    const after = polls()
    await tick(1000)
    expect(polls()).toBe(after)
  })

  it('cancel sends nothing when no export runs', async () => {
    const { user } = renderApp(<Exporter />)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(backend.sent('export:cancel')).toEqual([])
  })

  it('after Close, a late result of the old job is ignored', async () => {
    const { user } = await startExport()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(status()).toBe('Idle')
    await act(async () => file.resolve(SAVED))
    await tick(1000)
    expect(status()).toBe('Idle')
    expect(polls()).toBe(0)
  })

  // KNOWN BUG (useExport.ts, the polling effect): a poll answered after export:file settled calls
  // setState({ ...state, progress }) with the stale `running` state, so the job looks running
  // again; main has dropped the job by then (progress: null), so it stays "running" for good and
  // ExportDialog cannot be closed. Turn `it.fails` into `it` once fixed.
  it('a progress answer arriving after the export finished does not bring the progress back', async () => {
    await startExport()
    const late = deferred<ExportProgress>()
    backend.on('export:progress', () => late.promise)
    await tick()
    await act(async () => file.resolve(SAVED))
    expect(status()).toBe('Saved: brief.pdf')
    await act(async () => late.resolve({ fraction: 0.9, pages: 12 }))
    expect(status()).toBe('Saved: brief.pdf')
  })

  it('browser mode: the finished file is offered as a download', async () => {
    const { createObjectURL: realCreate, revokeObjectURL: realRevoke } = URL
    const createObjectURL = vi.fn(() => 'blob:brief')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL: realCreate, revokeObjectURL: realRevoke })
    })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function () {})
    await startExport()
    await act(async () => file.resolve({ ...SAVED, base64: btoa('%PDF-1.7'), savedTo: null }))
    expect(status()).toBe('Saved: brief.pdf')
    expect(click).toHaveBeenCalledOnce()
    const link = click.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toBe('brief.pdf')
    expect(link.href).toBe('blob:brief')
    click.mockRestore()
  })
})
