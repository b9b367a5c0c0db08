import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { fail } from '../../shared/errors'
import { CHANNELS } from '../../shared/ipc/channels'
import type { Dispatch } from '../dispatch'

/**
 * Every contract channel goes through this one wrapper: the sender must be our own top-level page
 * (not an iframe, not a page we were navigated to), then the shared dispatcher validates and runs it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return fail('ipc/forbidden-sender', `refused ${channel} from ${frame?.url ?? 'unknown frame'}`)
      }
      return dispatch(channel, input)
    })
  }
}
