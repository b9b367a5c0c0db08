import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openBackend, type Backend, type BackendOptions } from '../../src/main/backend'
import type { RoomStatus } from '../../src/shared/room/facilitator'
import { value } from './result-value'

import { ROOM_TEST_HOST } from './room-host'

export { ROOM_TEST_HOST }

export interface RoomReply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  json: () => { ok: boolean; error?: string; id?: string; [key: string]: unknown }
}

/**
 * One request to the room from a given "phone": `client` picks the loopback address it comes
 * from (127.0.1.x), so tests and the bench can stand in for many distinct phones.
 */
export function roomRequest(
  port: number,
  options: {
    method?: string
    path?: string
    body?: unknown
    raw?: string | Buffer
    headers?: Record<string, string>
    client?: string
    host?: string
  }
): Promise<RoomReply> {
  return new Promise((resolve, reject) => {
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    const req = request(
      {
        host: ROOM_TEST_HOST,
        port,
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        path: options.path ?? '/',
        ...(options.client ? { localAddress: options.client } : {}),
        headers: {
          Host: options.host ?? `${ROOM_TEST_HOST}:${port}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...options.headers
        },
        agent: false
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            json: () => JSON.parse(text) as ReturnType<RoomReply['json']>
          })
        })
      }
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** A minimal built page, so unit tests do not depend on `npm run build`. */
export async function fakeRoomPage(dir: string): Promise<string> {
  const pageDir = join(dir, 'room-page')
  await mkdir(join(pageDir, 'assets'), { recursive: true })
  await writeFile(
    join(pageDir, 'index.html'),
    '<!doctype html><title>room</title><script src="./assets/a.js"></script>'
  )
  await writeFile(join(pageDir, 'assets', 'a.js'), 'void 0')
  return pageDir
}

export async function roomBackend(
  dataDir: string,
  pageDir?: string,
  more: Partial<BackendOptions> = {}
): Promise<Backend> {
  return openBackend({
    ...more,
    dataDir,
    mode: 'browser',
    insightsIndex: false,
    room: {
      pageDir: pageDir ?? (await fakeRoomPage(dataDir)),
      interfaces: () => [{ name: 'loopback (test)', address: ROOM_TEST_HOST, family: 'IPv4' }]
    }
  })
}

export async function openRoom(b: Backend, sessionId: string): Promise<RoomStatus & { port: number }> {
  const status = await value<RoomStatus>(b.dispatch('room:open', { sessionId, host: ROOM_TEST_HOST }))
  return { ...status, port: Number(new URL(status.url!).port) }
}
