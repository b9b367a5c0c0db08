import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { fail } from '../../shared/errors'
import { CHANNELS } from '../../shared/ipc/channels'
import type { Dispatch } from '../dispatch'

/**
 * Every contract channel goes through this one wrapper: the sender must be our own top-level page
 * (not an iframe, not a page we were navigated to), then the shared dispatcher validates and runs it.
 * `allows` narrows what a given page may call (the projector window: its own channels only).
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
  allows: (sender: WebContents | undefined, channel: string) => boolean = () => true
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return fail('ipc/forbidden-sender', `refused ${channel} from ${frame?.url ?? 'unknown frame'}`)
      }
      if (!allows(event.sender as WebContents | undefined, channel)) {
        return fail('ipc/forbidden-sender', `refused ${channel} from the projector window`)
      }
      return dispatch(channel, input)
    })
  }
}
