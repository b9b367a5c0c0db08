import { parentPort } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import { buildCrossSessionDocument, buildDocument } from '../../shared/pdf'
import type { DocDefinition } from '../../shared/pdf/types'
import { renderDocx } from './docx'
import { renderPdf } from './render'
import { decodeInput, type BriefJob, type WarmUp, type WorkerMessage } from './worker-protocol'
import { decodeCrossInput, type CrossBriefJob } from './cross-brief-job'

/**
 * The brief worker (built to out/main/brief-worker.js): the thread where briefs are made, one at
 * a time, started by renderBriefInWorker. It builds the document definition (it holds functions,
 * so it cannot be posted), then either lays it out and draws it with pdfmake through render.ts
 * (the same fonts from our resources, no URL ever fetched) or converts it to a Word file
 * (docx/), and posts the bytes back; main writes the file. Both files come from the one
 * definition, so they carry the same content under the same consent rules. Cancelling
 * terminates the thread, whatever it is doing. Nothing here may import electron.
 */
const port = parentPort
if (!port) throw new Error('brief-worker.js runs only as a worker thread')

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)

/** One line in each of the four faces: loads pdfmake and the fonts, and compiles the hot paths. */
const WARM_UP: DocDefinition = {
  pageSize: 'A4',
  pageMargins: 40,
  content: [
    { text: 'Passerelle « accès » ¿qué? ñ œ', bold: true },
    { text: 'Passerelle', italics: true },
    { text: 'Passerelle', bold: true, italics: true }
  ],
  styles: {},
  defaultStyle: { font: 'Roboto', fontSize: 10 },
  language: 'fr',
  info: { title: '', author: '', subject: '', creator: '', creationDate: new Date(0) }
}

async function warmUp(message: WarmUp): Promise<void> {
  // A failure here is the next brief's to report, with its own error.
  await renderPdf(WARM_UP, { resourcesDir: message.resourcesDir }).catch(() => undefined)
}

async function run(job: BriefJob | CrossBriefJob): Promise<void> {
  try {
    post({ type: 'progress', progress: { phase: 'build', fraction: 0, pages: null, laidOut: 0 } })
    const def =
      job.type === 'cross-brief'
        ? buildCrossSessionDocument(decodeCrossInput(job))
        : buildDocument(job.kind, decodeInput(job))
    const { bytes, pages } =
      job.file === 'docx'
        ? {
            bytes: await renderDocx(def, {
              // A Word file has no pages to count: the share of the content converted is the
              // progress. Zipping it takes about as long again and says nothing, so converting
              // fills the first half of the bar and the finished file the rest.
              onProgress: (fraction) =>
                post({
                  type: 'progress',
                  progress: { phase: 'draw', fraction: fraction / 2, pages: null, laidOut: 0 }
                })
            }),
            pages: null
          }
        : await renderPdf(def, {
            resourcesDir: job.resourcesDir,
            onProgress: (progress) => post({ type: 'progress', progress })
          })
    // Transfer the buffer when the PDF has it to itself; a small one may share Node's pool.
    const own =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? new Uint8Array(bytes.buffer)
        : Uint8Array.from(bytes)
    post({ type: 'done', bytes: own, pages }, [own.buffer as ArrayBuffer])
  } catch (error) {
    post({
      type: 'failed',
      code: error instanceof AppError ? error.code : 'export/failed',
      message: error instanceof Error ? error.message : String(error)
    })
  }
}

// render.ts lays out one document at a time, so a brief that arrives during the warm-up waits for it.
port.on(
  'message',
  (message: WarmUp | BriefJob | CrossBriefJob) =>
    void (message.type === 'warm-up' ? warmUp(message) : run(message))
)
