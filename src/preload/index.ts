import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_METHODS } from '../shared/ipc/channels'

/**
 * The renderer gets one named function per contract channel and nothing else: never
 * `ipcRenderer`, never a generic `invoke(channel)`. Main re-validates every input anyway.
 */
const api = Object.fromEntries(
  Object.entries(CHANNEL_METHODS).map(([channel, method]) => [
    method,
    (input?: unknown) => ipcRenderer.invoke(channel, input)
  ])
)

contextBridge.exposeInMainWorld('passerelle', Object.freeze(api))
