import type { Result } from '../errors'
import type { Channel, CHANNEL_METHODS } from './channels'
import type { Input, Output } from './contract'

/** The object the preload exposes as `window.passerelle`: one named method per channel. */
export type PasserelleApi = {
  [C in Channel as (typeof CHANNEL_METHODS)[C]]: undefined extends Input<C>
    ? (input?: Input<C>) => Promise<Result<Output<C>>>
    : (input: Input<C>) => Promise<Result<Output<C>>>
}
