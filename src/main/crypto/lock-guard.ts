import { AppError } from '../../shared/errors'
import type { Channel } from '../../shared/ipc/channels'

/**
 * The only channels answered while the notebook is locked (or being converted): none of them
 * reads or writes notebook data. Everything else fails with `crypto/locked` before its input is
 * even parsed. A test lists every channel on one side or the other.
 */
export const ALLOWED_WHILE_LOCKED: readonly Channel[] = [
  'app:info',
  'notebook:status',
  'notebook:unlock',
  'notebook:lock',
  // The interface language, from the key file's visible part: the unlock screen needs it.
  'settings:get',
  // The bundled planning catalog: published material, no notebook data.
  'catalog:get',
  'app:open-external'
]

export function lockGuard(isLocked: () => boolean): (channel: Channel) => void {
  const allowed = new Set<Channel>(ALLOWED_WHILE_LOCKED)
  return (channel) => {
    if (isLocked() && !allowed.has(channel))
      throw new AppError('crypto/locked', `${channel} is not available while the notebook is locked`)
  }
}
