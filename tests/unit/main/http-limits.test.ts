import { describe, expect, it } from 'vitest'
import type { Channel } from '../../../src/shared/ipc/channels'
import { bodyLimitFor } from '../../../src/shared/ipc/request-limits'
import { LIMITS } from '../../../src/shared/limits'
import { rawRequest } from '../../support/http'
import { TEST_TOKEN as TOKEN, useTestServer } from '../../support/test-server'

const serve = useTestServer()

async function start(maxBodyBytes?: number) {
  const { server, host } = await serve({
    options: () => (maxBodyBytes ? { maxBodyBytes } : {})
  })
  /** A call with a body sent exactly as given: a string is sent as UTF-8, bytes as they are. */
  const post = async (path: string, body: string | Uint8Array) => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path,
      headers: { host, 'content-type': 'application/json', 'x-passerelle-token': TOKEN },
      body
    })
    return { status: res.status, json: JSON.parse(res.body) as { ok: boolean; error?: { code: string } } }
  }
  const api = (channel: Channel, input: unknown) => post(`/api/${channel}`, JSON.stringify({ input }))
  return { post, api }
}

const code = (res: { json: { error?: { code: string } } }) => res.json.error?.code

describe('browser-mode request limits (real server on 127.0.0.1)', () => {
  it('refuses ten million empty objects at once, on any channel, keeps no memory, and serves the next call', async () => {
    const { post, api } = await start()
    const body = `{"input":[${'{},'.repeat(9_999_999)}{}]}`
    expect(body.length).toBeGreaterThan(29_000_000)
    for (const channel of ['settings:get', 'sessions:set-agenda', 'content:preview', 'sessions:import']) {
      const heapBefore = process.memoryUsage().heapUsed
      const started = performance.now()
      const res = await post(`/api/${channel}`, body)
      const elapsed = performance.now() - started
      expect(res.status, channel).toBe(413)
      expect(code(res), channel).toBe('http/too-large')
      // It took ~11 s and ~1 GB before the limits were checked while reading.
      expect(elapsed, channel).toBeLessThan(3000)
      expect(process.memoryUsage().heapUsed - heapBefore, channel).toBeLessThan(200 * 1024 * 1024)
    }
    expect(await api('settings:get', undefined)).toMatchObject({ status: 200, json: { ok: true } })
  })

  it('refuses JSON nested deeper than any call needs, before parsing it', async () => {
    const { post } = await start()
    const res = await post('/api/settings:set', `{"input":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)
    expect(res.status).toBe(413)
    expect(code(res)).toBe('http/too-large')
  })

  it('answers an oversized file with the import code its dialog explains, any other call with http/too-large', async () => {
    const { api } = await start(4096)
    const content = 'x'.repeat(5000)
    for (const channel of ['sessions:import-preview', 'content:preview'] as const)
      expect(await api(channel, { content })).toMatchObject({
        status: 413,
        json: { error: { code: 'import/too-large' } }
      })
    expect(await api('annotations:save', { target: 'a:b', text: content })).toMatchObject({
      status: 413,
      json: { error: { code: 'http/too-large' } }
    })
  })

  it('answers a malformed % escape in the channel with 404 unknown channel, not a server error', async () => {
    const { post, api } = await start()
    for (const path of ['/api/%ZZ', '/api/%', '/api/%E0%A4%A', '/api/settings%3Aget%']) {
      const res = await post(path, '{}')
      expect(res.status, path).toBe(404)
      expect(code(res), path).toBe('ipc/unknown-channel')
    }
    expect((await post('/api/settings%3Aget', '{}')).status).toBe(200)
    expect(await api('settings:get', undefined)).toMatchObject({ status: 200, json: { ok: true } })
  })

  it('refuses a body that is not UTF-8 instead of replacing its bytes with U+FFFD', async () => {
    const { post } = await start()
    const prefix = Buffer.from('{"input":{"content":"{\\"title\\":\\"caf')
    const body = Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from('\\"}"}}')])
    const session = await post('/api/sessions:import-preview', body)
    expect(session.status).toBe(400)
    expect(code(session)).toBe('import/not-utf8')
    const settings = await post('/api/settings:set', Buffer.from([0x7b, 0xff, 0x7d]))
    expect(settings.status).toBe(400)
    expect(code(settings)).toBe('validation/invalid-input')
  })

  it('lets through the largest input each schema accepts, in the widest UTF-8 characters', async () => {
    const { api } = await start()
    const text = (n: number) => '€'.repeat(n)
    const sessionId = 'missing-session-0001'
    const B = LIMITS.block
    const block = (i: number) => ({
      id: `block-${String(i).padStart(4, '0')}`,
      title: text(B.title),
      kind: 'activity',
      methodId: null,
      durationMinutes: 30,
      notes: text(B.notes),
      materials: text(B.materials),
      links: Array.from(
        { length: B.links },
        (_, j) => `yours:${String(j).padStart(LIMITS.id.maxItemRefId, 'x')}`
      ),
      protected: false,
      day: 1
    })
    const P = LIMITS.persona
    const persona = (i: number) => ({
      id: `person-${String(i).padStart(4, '0')}`,
      name: text(P.name),
      age: 40,
      gender: text(P.gender),
      family: text(P.family),
      education: text(P.education),
      timeSinceArrival: text(P.timeSinceArrival),
      administrativeStatus: text(P.administrativeStatus),
      vulnerabilities: text(P.vulnerabilities),
      story: text(P.story),
      fictional: true,
      group: text(P.group)
    })
    const calls: Array<[Channel, unknown]> = [
      [
        'sessions:set-agenda',
        { id: sessionId, blocks: Array.from({ length: LIMITS.session.blocks }, (_, i) => block(i)) }
      ],
      [
        'sessions:set-personas',
        { id: sessionId, personas: Array.from({ length: LIMITS.session.personas }, (_, i) => persona(i)) }
      ],
      [
        'synthesis:add-cluster',
        {
          sessionId,
          name: text(LIMITS.synthesis.clusterName),
          noteIds: Array.from(
            { length: LIMITS.synthesis.clusterNotes },
            (_, i) => `note-${String(i).padStart(35, '0')}`
          )
        }
      ],
      [
        'own-items:save',
        {
          title: text(LIMITS.library.ownItemTitle),
          body: text(LIMITS.library.ownItemBody),
          language: 'en',
          purpose: null
        }
      ]
    ]
    for (const [channel, input] of calls) {
      const size = Buffer.byteLength(JSON.stringify({ input }))
      expect(size, channel).toBeLessThanOrEqual(bodyLimitFor(channel))
      const res = await api(channel, input)
      // Past the HTTP limits and the schema: refused only because the session does not exist, or saved.
      expect(res.status, channel).toBe(200)
      expect(code(res), channel).not.toBe('validation/invalid-input')
    }
  })
})
