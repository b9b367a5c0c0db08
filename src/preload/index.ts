import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  DESKTOP_COMMAND_CHANNEL,
  DESKTOP_READY_CHANNEL,
  type DesktopBridge,
  type DesktopCommand
} from '../shared/desktop/commands'
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

/**
 * Menu commands and opened files, main → renderer. The listener gets the command only (never the
 * IPC event, whose `sender` would hand the page an IPC handle); subscribing tells main the page is
 * listening, so what waited (a file passed at start-up) is delivered then.
 */
const desktop: DesktopBridge = {
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, command: DesktopCommand) => listener(command)
    ipcRenderer.on(DESKTOP_COMMAND_CHANNEL, forward)
    ipcRenderer.send(DESKTOP_READY_CHANNEL)
    return () => {
      ipcRenderer.removeListener(DESKTOP_COMMAND_CHANNEL, forward)
    }
  }
}

contextBridge.exposeInMainWorld('passerelleDesktop', Object.freeze(desktop))
