import type { Handlers } from '../dispatch'
import type { RoomService } from './room-service'

type RoomChannel = Extract<keyof Handlers, `room:${string}`>

/** The facilitator's `room:*` channels, answered by the room service. */
export function roomHandlers(room: RoomService): Pick<Handlers, RoomChannel> {
  return {
    'room:interfaces': () => room.interfaces(),
    'room:open': ({ sessionId, host, dots, resume }) => room.open(sessionId, host, dots, resume),
    'room:close': ({ sessionId }) => room.close(sessionId),
    'room:status': ({ sessionId }) => room.status(sessionId),
    'room:queue': ({ sessionId }) => room.queue(sessionId),
    'room:accept': ({ sessionId, itemId, type }) => room.accept(sessionId, itemId, type),
    'room:discard': async ({ sessionId, itemId }) => {
      await room.discard(sessionId, itemId)
      return null
    },
    'room:publish': ({ sessionId, ...patch }) => room.publish(sessionId, patch)
  }
}
