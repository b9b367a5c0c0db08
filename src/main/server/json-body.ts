import type { IncomingMessage } from 'node:http'
import { JsonShapeScanner } from '../../shared/content/safe-json'
import type { ErrorCode } from '../../shared/errors'
import type { Channel } from '../../shared/ipc/channels'
import { FILE_CHANNELS, REQUEST_LIMITS, bodyLimitFor } from '../../shared/ipc/request-limits'

export type JsonBody =
  | { ok: true; value: unknown }
  | {
      ok: false
      status: 400 | 413
      code: ErrorCode
      message: string
      /** False when we stopped reading early: the rest of the body is still on its way. */
      read: boolean
    }

type Refusal = Extract<JsonBody, { ok: false }>

/**
 * Read and parse one API call's body with every limit checked as the bytes arrive: the channel's
 * size limit (from the declared length first), then nesting depth and the number of values, so
 * JSON.parse only ever sees a body of bounded size and shape. A refusal keeps no byte: the client
 * may finish sending, but what it sends is thrown away. A file refused here gets the import code
 * its dialog explains; any other call gets `http/too-large`.
 */
export function readJsonBody(req: IncomingMessage, channel: Channel, ceiling?: number): Promise<JsonBody> {
  const limit = Math.min(bodyLimitFor(channel), ceiling ?? Number.POSITIVE_INFINITY)
  const refuse = (code: ErrorCode, message: string): Refusal => ({
    ok: false,
    status: 413,
    code,
    message,
    read: false
  })
  const forFile = FILE_CHANNELS.has(channel)
  const tooLarge = () =>
    refuse(forFile ? 'import/too-large' : 'http/too-large', `request over ${limit} bytes`)
  return new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      return resolve(tooLarge())
    }
    const scanner = new JsonShapeScanner({
      maxDepth: REQUEST_LIMITS.maxDepth,
      maxElements: REQUEST_LIMITS.maxElements
    })
    let chunks: Buffer[] = []
    let size = 0
    const stop = (refusal: Refusal) => {
      req.removeListener('data', onData)
      req.removeListener('end', onEnd)
      chunks = []
      req.resume()
      resolve(refusal)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return stop(tooLarge())
      const shape = scanner.push(chunk)
      if (shape) return stop(refuse('http/too-large', `request JSON ${shape.detail}`))
      chunks.push(chunk)
    }
    const onEnd = () => {
      const bytes = Buffer.concat(chunks, size)
      chunks = []
      resolve(parse(bytes, forFile))
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', () => stop({ ...refuse('validation/invalid-input', 'request aborted'), status: 400 }))
  })
}

function parse(bytes: Buffer, forFile: boolean): JsonBody {
  let text: string
  try {
    // Strict: a lenient decoder would turn bytes that are not UTF-8 into U+FFFD without a word.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const code = forFile ? 'import/not-utf8' : 'validation/invalid-input'
    return { ok: false, status: 400, code, message: 'request body is not UTF-8', read: true }
  }
  if (text.length === 0) return { ok: true, value: {} }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return {
      ok: false,
      status: 400,
      code: 'validation/invalid-input',
      message: 'request body is not JSON',
      read: true
    }
  }
}
