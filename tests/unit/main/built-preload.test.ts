import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { CHANNEL_METHODS } from '../../../src/shared/ipc/channels'

const preloadFile = join(import.meta.dirname, '../../../out/preload/index.cjs')

/** Run the built preload the way a sandboxed renderer would: CommonJS, and `require` knows only electron. */
function runPreload() {
  const exposed = new Map<string, unknown>()
  const invoked: Array<{ channel: string; args: unknown[] }> = []
  const sent: string[] = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invoked.push({ channel, args })
        return Promise.resolve({ ok: true, value: null })
      },
      send: (channel: string) => sent.push(channel),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener)
      }
    }
  }
  const requested: string[] = []
  const sandboxRequire = (name: string) => {
    requested.push(name)
    if (name === 'electron') return electron
    throw new Error(`module not allowed in a sandboxed preload: ${name}`)
  }
  const module = { exports: {} }
  runInNewContext(readFileSync(preloadFile, 'utf8'), {
    require: sandboxRequire,
    module,
    exports: module.exports,
    console
  })
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((listener) => listener({ sender: 'the IPC event' }, ...args))
  return { exposed, invoked, requested, sent, emit, listeners }
}

describe('built preload (out/preload/index.cjs)', () => {
  it('loads as CommonJS needing nothing but electron', () => {
    expect(runPreload().requested).toEqual(['electron'])
  })

  it('exposes exactly one named function per contract channel, frozen, and never ipcRenderer', () => {
    const { exposed } = runPreload()
    expect([...exposed.keys()]).toEqual(['passerelle', 'passerelleDesktop'])
    const api = exposed.get('passerelle') as Record<string, unknown>
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual(Object.values(CHANNEL_METHODS).sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    for (const raw of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'removeListener'])
      expect(Object.keys(api)).not.toContain(raw)
  })

  it('routes each method to its own channel with the given input', async () => {
    const { exposed, invoked } = runPreload()
    const api = exposed.get('passerelle') as Record<string, (input?: unknown) => Promise<unknown>>
    await api.setSettings!({ language: 'es' })
    await api.appInfo!()
    expect(invoked).toEqual([
      { channel: 'settings:set', args: [{ language: 'es' }] },
      { channel: 'app:info', args: [undefined] }
    ])
  })

  it('exposes one desktop function, onCommand: it says the page listens and hands over commands, never the IPC event', () => {
    const { exposed, sent, emit, listeners } = runPreload()
    const desktop = exposed.get('passerelleDesktop') as { onCommand: (l: (c: unknown) => void) => () => void }
    expect(Object.isFrozen(desktop)).toBe(true)
    expect(Object.keys(desktop)).toEqual(['onCommand'])
    const received: unknown[][] = []
    const stop = desktop.onCommand((...args) => received.push(args))
    expect(sent).toEqual(['desktop:ready'])
    emit('desktop:command', { type: 'about' })
    expect(received).toEqual([[{ type: 'about' }]])
    stop()
    expect(listeners.get('desktop:command')?.size).toBe(0)
  })
})
